package io.camelchat.chatcompletion.resilience;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 429 asking for 2 minutes when maxRetryAfter is 30 s fails at once, with the hint in the exception. */
class RetryAfterOverCapFailsFastTest extends ResilienceTestSupport {

    @Test
    void aHintAboveMaxRetryAfterFailsAtOnce() {
        server.enqueue(ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after", "120"))
                .enqueue(ok("never reached"));

        long start = System.nanoTime();
        Exchange result = ask("&maxRetryAfter=30000");
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getHttpStatus()).isEqualTo(429);
        assertThat(failure.getRetryAfterMs()).isEqualTo(120_000L);
        assertThat(failure.getMessage()).contains("120000").contains("30000");
        assertThat(attempts(result)).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
        assertThat(elapsedMs).isLessThan(5000);
        System.out.printf("429 retry-after: 120 over maxRetryAfter=30000: failed in %d ms: %s%n", elapsedMs,
                failure.getMessage());
    }
}
