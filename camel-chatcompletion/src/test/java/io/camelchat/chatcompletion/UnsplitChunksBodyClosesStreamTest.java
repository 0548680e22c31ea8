package io.camelchat.chatcompletion;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.PacedStream;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: a route that never splits the body. When its exchange completes the component closes the HTTP stream
 * although the server would go on streaming (and then hold the connection open) for much longer.
 */
class UnsplitChunksBodyClosesStreamTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl())
                        .to("mock:done");
            }
        };
    }

    @Test
    void completedExchangeClosesTheConnection() throws Exception {
        // 100 chunks 100 ms apart, then silence until the client closes: 10 s and more if nobody closes
        server.enqueue(ScriptedResponse.sse(PacedStream.unfinished(100)).withDelayMs(100).thenStall(0));
        getMockEndpoint("mock:done").expectedMessageCount(1);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Count"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isNull();
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("stream closed by the client").isTrue();
        assertThat(server.peakOpenConnections()).isEqualTo(1);
    }
}
