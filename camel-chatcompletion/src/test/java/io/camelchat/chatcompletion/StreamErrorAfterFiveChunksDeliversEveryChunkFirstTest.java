package io.camelchat.chatcompletion;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: five chunks then an inline error event. Camel's streaming split asks hasNext() before it processes the
 * element it holds, yet all five chunks reach the route, in order, before the split fails with the
 * ChatCompletionException itself, carrying the five chunks' text.
 */
class StreamErrorAfterFiveChunksDeliversEveryChunkFirstTest extends ChatCompletionTestSupport {

    private final ReplayServer server = new ReplayServer();
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
                        .to("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .process(e -> events.add("chunk " + e.getMessage().getBody(String.class)))
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    @Test
    void allFiveChunksReachTheRouteBeforeTheFailure() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.role(), Sse.delta("a"), Sse.delta("b"), Sse.delta("c"),
                Sse.delta("d"), Sse.delta("e"), Sse.error("model overloaded"), Sse.done()).withDelayMs(10));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived("a", "b", "c", "d", "e");
        getMockEndpoint("mock:done").expectedMessageCount(0);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Say abcde"));
        events.add("failed");

        MockEndpoint.assertIsSatisfied(context);
        assertThat(events).containsExactly("chunk a", "chunk b", "chunk c", "chunk d", "chunk e", "failed");
        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INLINE);
        assertThat(failure.getProviderMessage()).isEqualTo("model overloaded");
        assertThat(failure.getPartialContent()).isEqualTo("abcde");
        assertThat(failure.getFinishReason()).isNull();
    }
}
