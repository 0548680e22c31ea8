package io.camelchat.chatcompletion.resilience;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measured retry spacing, asserted loosely: without a hint the n-th retry waits 50-100% of retryInitialDelay * 2^(n-1);
 * with retry-after-ms the retry waits at least the hint.
 */
class RetryBackoffTimingTest extends ResilienceTestSupport {

    @Test
    void exponentialBackoffWithJitter() {
        script(n -> n < 2 ? ScriptedResponse.json(503, SERVER_BUSY) : ok("third time"));

        Exchange result = ask("&retryInitialDelay=200");

        assertThat(result.getException()).isNull();
        assertThat(attempts(result)).isEqualTo(3);
        System.out.printf("backoff retryInitialDelay=200: 1st retry after %d ms (expected 100-200), "
                          + "2nd after %d ms (expected 200-400)%n", gapMillis(1), gapMillis(2));
        assertThat(gapMillis(1)).isBetween(100L, 10_000L);
        assertThat(gapMillis(2)).isBetween(200L, 10_000L);
    }

    @Test
    void retryAfterMsSetsTheWait() {
        script(n -> n == 0 ? ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after-ms", "300")
                : ok("after hint"));

        Exchange result = ask("&retryInitialDelay=10");

        assertThat(result.getException()).isNull();
        assertThat(attempts(result)).isEqualTo(2);
        System.out.printf("retry-after-ms=300: retry after %d ms%n", gapMillis(1));
        assertThat(gapMillis(1)).isBetween(300L, 10_000L);
    }
}
