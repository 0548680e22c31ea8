package io.camelchat.chatcompletion.resilience;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CamelChatCompletionAttempts counts the requests of the exchange: 1 without a retry, 2 after one retry, 3 when the
 * default maxRetries=2 is exhausted.
 */
class AttemptsHeaderTest extends ResilienceTestSupport {

    @Test
    void theDefaultIsTwoRetries() {
        assertThat(new ChatCompletionConfiguration().getMaxRetries()).isEqualTo(2);
    }

    @Test
    void oneAttemptWhenTheFirstAnswerSucceeds() {
        server.enqueue(ok("first"));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("first");
        assertThat(attempts(result)).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void twoAttemptsAfterOneRetry() {
        server.enqueue(ScriptedResponse.json(503, SERVER_BUSY)).enqueue(ok("second"));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("second");
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void threeAttemptsWhenEveryRetryFailed() {
        server.enqueue(ScriptedResponse.json(503, SERVER_BUSY)).enqueue(ScriptedResponse.json(503, SERVER_BUSY))
                .enqueue(ScriptedResponse.json(503, SERVER_BUSY)).enqueue(ok("never reached"));

        Exchange result = ask("");

        assertThat(failureOf(result).getHttpStatus()).isEqualTo(503);
        assertThat(attempts(result)).isEqualTo(3);
        assertThat(server.requestCount()).isEqualTo(3);
    }
}
