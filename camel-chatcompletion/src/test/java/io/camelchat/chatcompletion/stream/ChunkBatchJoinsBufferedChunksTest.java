package io.camelchat.chatcompletion.stream;

import java.util.List;
import java.util.stream.IntStream;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * chunkBatch: while the route is busy, the chunks the server already sent are joined into one exchange (at most
 * chunkBatch of them, in order, text concatenated, with their count and the first one's index); nothing is lost or
 * reordered, and without the option every chunk keeps its own exchange.
 */
class ChunkBatchJoinsBufferedChunksTest extends ReplayServerTestSupport {

    private static final String[] TEXTS = IntStream.range(0, 100).mapToObj(i -> "t" + i + " ").toArray(String[]::new);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .toD("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl() + "${header.options}")
                        .split(body()).streaming()
                            .process(e -> {
                                if (e.getMessage().getHeader(ChatCompletionConstants.CHUNK_INDEX, Integer.class) == 0) {
                                    Thread.sleep(300); // the server sends everything meanwhile
                                }
                            })
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    @Test
    void chunksReceivedWhileTheRouteWasBusyShareAnExchange() throws Exception {
        List<Message> chunks = stream("&chunkBatch=10");

        assertThat(chunks.size()).as("exchanges").isLessThan(TEXTS.length).isGreaterThanOrEqualTo(TEXTS.length / 10);
        assertThat(chunks.stream().map(m -> m.getBody(String.class)).reduce("", String::concat))
                .isEqualTo(Sse.join(TEXTS));
        int expectedIndex = 0;
        for (Message chunk : chunks) {
            int count = chunk.getHeader(ChatCompletionConstants.CHUNK_COUNT, Integer.class);
            assertThat(count).isBetween(1, 10);
            assertThat(chunk.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(expectedIndex);
            assertThat(chunk.getHeader("tenant")).as("the original headers").isEqualTo("acme");
            expectedIndex += count;
        }
        assertThat(expectedIndex).isEqualTo(TEXTS.length);
    }

    @Test
    void withoutTheOptionEveryChunkHasItsOwnExchange() throws Exception {
        List<Message> chunks = stream("");

        assertThat(chunks).hasSize(TEXTS.length);
        assertThat(chunks).allSatisfy(m -> assertThat(m.getHeader(ChatCompletionConstants.CHUNK_COUNT)).isNull());
    }

    private List<Message> stream(String options) throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.answer(TEXTS)));
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        template.sendBodyAndHeaders("direct:start", "count", java.util.Map.of("options", options, "tenant", "acme"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(done.getReceivedExchanges().get(0).getMessage().getHeader(ChatCompletionConstants.CONTENT))
                .isEqualTo(Sse.join(TEXTS));
        return getMockEndpoint("mock:chunk").getReceivedExchanges().stream().map(Exchange::getMessage).toList();
    }
}
