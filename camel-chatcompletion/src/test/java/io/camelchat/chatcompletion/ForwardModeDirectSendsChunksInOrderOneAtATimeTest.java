package io.camelchat.chatcompletion;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward mode with chunkUri=direct:chunks and a chunk route that completes asynchronously (an async delay): each
 * chunk is its own exchange with the original headers and the chunk headers, in order, the next one sent only after
 * the previous completed; then the original exchange continues with the full result, as in aggregate mode.
 */
class ForwardModeDirectSendsChunksInOrderOneAtATimeTest extends ChatCompletionTestSupport {

    private final ReplayServer server = new ReplayServer();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=forward&chunkUri=direct:chunks"
                            + "&baseUrl=" + server.baseUrl())
                        .process(e -> events.add("original"))
                        .to("mock:done");
                from("direct:chunks")
                        .process(e -> peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max))
                        .delay(30).asyncDelayed()
                        .process(e -> events.add("chunk " + e.getMessage().getBody(String.class)))
                        .to("mock:chunk")
                        .process(e -> inFlight.decrementAndGet());
            }
        };
    }

    @Test
    void chunksArriveInOrderOneAfterAnother() throws Exception {
        // written fast: the chunks queue up in the component while the chunk route is busy
        server.enqueue(ScriptedResponse.sse(Sse.answer("a", "b", "c", "d", "e", "f")));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived("a", "b", "c", "d", "e", "f");
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        Exchange result = template.send("direct:start", e -> {
            e.getMessage().setBody("Say a to f");
            e.getMessage().setHeader("traceId", "t-7");
        });

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isNull();
        assertThat(peakInFlight.get()).as("chunk exchanges in flight at once").isEqualTo(1);
        assertThat(events).containsExactly("chunk a", "chunk b", "chunk c", "chunk d", "chunk e", "chunk f",
                "original");
        List<Exchange> received = chunks.getReceivedExchanges();
        for (int i = 0; i < received.size(); i++) {
            Message chunk = received.get(i).getMessage();
            assertThat(chunk.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(i);
            assertThat(chunk.getHeader(ChatCompletionConstants.ID)).isEqualTo(Sse.ID);
            assertThat(chunk.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo(Sse.MODEL);
            assertThat(chunk.getHeader("traceId")).isEqualTo("t-7");
            assertThat(received.get(i).getExchangeId()).isNotEqualTo(result.getExchangeId());
        }
        Message original = result.getMessage();
        assertThat(original.getBody()).isEqualTo("abcdef");
        assertThat(original.getHeader("traceId")).isEqualTo("t-7");
        assertThat(original.getHeader(ChatCompletionConstants.ID)).isEqualTo(Sse.ID);
        assertThat(original.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo(Sse.MODEL);
        assertThat(original.getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(original.getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(15);
        assertThat(original.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isNull();
    }
}
