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
 * Forward mode: the chunk route fails on the third chunk. The original exchange fails with that route's exception, no
 * later chunk is forwarded, and the HTTP stream is closed although the server would go on streaming.
 */
class ForwardModeFailingChunkRouteFailsOriginalAndClosesStreamTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=forward&chunkUri=direct:chunks"
                            + "&baseUrl=" + server.baseUrl())
                        .to("mock:done");
                from("direct:chunks")
                        .to("mock:chunk")
                        .process(e -> {
                            if (e.getMessage().getHeader(ChatCompletionConstants.CHUNK_INDEX, Integer.class) == 2) {
                                throw new IllegalStateException("chunk route broke");
                            }
                        });
            }
        };
    }

    @Test
    void failingChunkRouteFailsTheOriginal() throws Exception {
        // 100 chunks 100 ms apart, then silence until the client closes: 10 s and more if nobody closes
        server.enqueue(ScriptedResponse.sse(PacedStream.unfinished(100)).withDelayMs(100).thenStall(0));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("c0 ", "c1 ", "c2 ");
        getMockEndpoint("mock:done").expectedMessageCount(0);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Count"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isInstanceOf(IllegalStateException.class).hasMessage("chunk route broke");
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("stream closed by the client").isTrue();
        assertThat(server.peakOpenConnections()).isEqualTo(1);
        getMockEndpoint("mock:chunk").assertIsSatisfied();
    }
}
