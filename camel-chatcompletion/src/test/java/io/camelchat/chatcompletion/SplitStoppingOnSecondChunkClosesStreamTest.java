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
 * Chunks mode: a split with stopOnException fails on the second chunk. The component closes the HTTP stream although
 * the server would go on streaming (and then hold the connection open) for much longer.
 */
class SplitStoppingOnSecondChunkClosesStreamTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl())
                        .split(body()).streaming().stopOnException()
                            .process(e -> {
                                if (e.getMessage().getHeader(ChatCompletionConstants.CHUNK_INDEX, Integer.class) == 1) {
                                    throw new IllegalStateException("enough");
                                }
                            })
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    @Test
    void failingSecondChunkClosesTheConnection() throws Exception {
        // 100 chunks 100 ms apart, then silence until the client closes: 10 s and more if nobody closes
        server.enqueue(ScriptedResponse.sse(PacedStream.unfinished(100)).withDelayMs(100).thenStall(0));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("c0 ");
        getMockEndpoint("mock:done").expectedMessageCount(0);

        long start = System.nanoTime();
        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Count"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).hasRootCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("enough");
        assertThat(elapsedMs).as("the exchange completed without waiting for the rest of the stream")
                .isLessThan(5_000);
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("stream closed by the client").isTrue();
        assertThat(server.peakOpenConnections()).isEqualTo(1);
    }
}
