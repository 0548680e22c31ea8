package io.camelchat.chatcompletion.resilience;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An envelope success:false with code "429" is retried like a 429; with code "401" it is not. */
class EnvelopeCodeRetryTest extends ResilienceTestSupport {

    private static ScriptedResponse envelopeFailure(String code) {
        return ScriptedResponse.json(200,
                "{\"success\":false,\"code\":\"" + code + "\",\"message\":\"failed " + code + "\",\"data\":null}");
    }

    @Test
    void code429IsRetried() {
        server.enqueue(envelopeFailure("429")).enqueue(ScriptedResponse.json(200, Bodies.envelope("enveloped")));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("enveloped");
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void code401IsNotRetried() {
        server.enqueue(envelopeFailure("401")).enqueue(ScriptedResponse.json(200, Bodies.envelope("never reached")));

        Exchange result = ask("");

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.ENVELOPE);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getErrorCode()).isEqualTo("401");
        assertThat(failure.getProviderMessage()).isEqualTo("failed 401");
        assertThat(failure.isRetryable()).isFalse();
        assertThat(attempts(result)).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
