package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A non-streaming request answered with {@code text/event-stream} (a gateway that always streams): the route gets the
 * aggregated answer text as a String with the finish reason and token headers, exactly as for a JSON answer.
 */
@Timeout(30)
class JsonRequestAnsweredWithSseTest extends HardeningTestSupport {

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void routeGetsTheAggregatedAnswer() {
        server.enqueue(ScriptedResponse.sse(Sse.answer("Hel", "lo", " world")));

        Exchange result = template.request("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl(),
                e -> e.getMessage().setBody("Hi"));

        assertThat(result.getException()).isNull();
        Message message = result.getMessage();
        assertThat(message.getBody()).isInstanceOf(String.class).isEqualTo("Hello world");
        assertThat(message.getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(message.getHeader(ChatCompletionConstants.PROMPT_TOKENS)).isEqualTo(9);
        assertThat(message.getHeader(ChatCompletionConstants.COMPLETION_TOKENS)).isEqualTo(3);
        assertThat(message.getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(12);
        assertThat(message.getHeader(ChatCompletionConstants.ID)).isEqualTo(Sse.ID);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
