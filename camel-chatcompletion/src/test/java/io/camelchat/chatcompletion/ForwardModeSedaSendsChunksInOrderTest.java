package io.camelchat.chatcompletion;

import java.util.List;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward mode with chunkUri=seda:chunks: each chunk reaches the seda consumer as its own exchange, with the original
 * headers and the chunk headers, in order; the original exchange continues with the full result.
 */
class ForwardModeSedaSendsChunksInOrderTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=forward&chunkUri=seda:chunks"
                            + "&baseUrl=" + server.baseUrl())
                        .to("mock:done");
                from("seda:chunks")
                        .to("mock:chunk");
            }
        };
    }

    @Test
    void chunksReachTheSedaConsumerInOrder() throws Exception {
        String[] words = new String[40];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + i + " ";
        }
        server.enqueue(ScriptedResponse.sse(Sse.answer(words)).withDelayMs(2));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived((Object[]) words);
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        Exchange result = template.send("direct:start", e -> {
            e.getMessage().setBody("Count");
            e.getMessage().setHeader("traceId", "t-9");
        });

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(String.join("", words));
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        List<Exchange> received = chunks.getReceivedExchanges();
        for (int i = 0; i < received.size(); i++) {
            Message chunk = received.get(i).getMessage();
            assertThat(chunk.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(i);
            assertThat(chunk.getHeader(ChatCompletionConstants.ID)).isEqualTo(Sse.ID);
            assertThat(chunk.getHeader("traceId")).isEqualTo("t-9");
        }
    }
}
