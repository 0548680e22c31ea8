package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.support.StreamingRouteTestSupport;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: the server sends text, a finish reason, then an error event. The split fails with the
 * ChatCompletionException carrying the partial text and the finish reason the server had sent.
 */
class StreamFailureCarriesFinishReasonSentBeforeItTest extends StreamingRouteTestSupport {

    @Test
    void failureAfterFinishReasonKeepsIt() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.role(), Sse.delta("Once upon"), Sse.delta(" a time"),
                Sse.finish("length"), Sse.error("usage accounting failed"), Sse.done()).withDelayMs(10));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("Once upon", " a time");
        getMockEndpoint("mock:done").expectedMessageCount(0);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Tell a story"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INLINE);
        assertThat(failure.getPartialContent()).isEqualTo("Once upon a time");
        assertThat(failure.getFinishReason()).isEqualTo("length");
        assertThat(failure.getHttpStatus()).isEqualTo(200);
    }
}
