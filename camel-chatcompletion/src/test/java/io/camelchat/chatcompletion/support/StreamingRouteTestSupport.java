package io.camelchat.chatcompletion.support;

import org.apache.camel.builder.RouteBuilder;

/**
 * A streaming route against a raw socket replay server: direct:start calls chatcompletion with stream=true, a
 * streaming split sends each chunk to mock:chunk, and the split exchange then goes to mock:done.
 */
public abstract class StreamingRouteTestSupport extends ReplayServerTestSupport {

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
