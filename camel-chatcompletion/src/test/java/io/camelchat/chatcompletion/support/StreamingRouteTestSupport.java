package io.camelchat.chatcompletion.support;

import io.camelchat.chatcompletion.testsupport.ReplayServer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;

/**
 * A streaming route against a raw socket replay server: direct:start calls chatcompletion with stream=true, a
 * streaming split sends each chunk to mock:chunk, and the split exchange then goes to mock:done.
 */
public abstract class StreamingRouteTestSupport extends ChatCompletionTestSupport {

    protected final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** Endpoint options appended to the URI, each starting with &amp;. */
    protected String endpointOptions() {
        return "";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl() + endpointOptions())
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }
}
