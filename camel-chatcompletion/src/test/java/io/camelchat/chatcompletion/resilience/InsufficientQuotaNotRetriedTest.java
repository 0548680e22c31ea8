package io.camelchat.chatcompletion.resilience;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 429 whose code is insufficient_quota will not get better by waiting: one request, not retryable. */
class InsufficientQuotaNotRetriedTest extends ResilienceTestSupport {

    @Test
    void insufficientQuotaFailsAfterOneRequest() {
        server.enqueue(ScriptedResponse.json(429, "{\"error\":{\"message\":\"You exceeded your current quota\","
                                                  + "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}")
                        .withHeader("retry-after-ms", "20"))
                .enqueue(ok("never reached"));

        Exchange result = ask("");

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(429);
        assertThat(failure.getErrorCode()).isEqualTo("insufficient_quota");
        assertThat(failure.isRetryable()).isFalse();
        assertThat(attempts(result)).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
