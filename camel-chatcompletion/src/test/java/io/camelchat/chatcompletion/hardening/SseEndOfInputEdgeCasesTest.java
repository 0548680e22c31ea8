package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SSE end-of-input edge cases over a real socket (bodies delimited by Connection: close), each succeeding with the
 * full text: a final {@code data: [DONE]} without its line end; a trailing partial comment line after a finished
 * answer and {@code [DONE]}; an event with empty data between chunks.
 */
@Timeout(30)
class SseEndOfInputEdgeCasesTest extends HardeningTestSupport {

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void doneWithoutLineEnd() {
        assertFullText(Sse.role(), Sse.delta("Hel"), Sse.delta("lo"), Sse.finish("stop"), "data: [DONE]");
    }

    @Test
    void partialCommentAfterDone() {
        assertFullText(Sse.join(Sse.answer("Hel", "lo")), ": bye");
    }

    @Test
    void emptyDataEventBetweenChunks() {
        assertFullText(Sse.role(), Sse.delta("Hel"), "data:\n\n", Sse.delta("lo"), Sse.finish("stop"), Sse.done());
    }

    private void assertFullText(String... pieces) {
        server.enqueue(ScriptedResponse.sse(pieces));

        Exchange result = template.request("chatcompletion:" + MODEL + "?stream=true&streamingMode=aggregate&maxRetries=0&baseUrl="
                                           + server.baseUrl(), e -> e.getMessage().setBody("Hi"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Hello");
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
