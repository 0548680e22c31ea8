package io.camelchat.chatcompletion.resilience;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server reads the request and never answers: requestTimeout (and, for a streaming request, firstTokenTimeout)
 * fails the exchange with TIMEOUT and closes the connection.
 */
class StallBeforeHeadersTimesOutTest extends ResilienceTestSupport {

    @Override
    protected int maxRetries() {
        return 0;
    }

    @Test
    void requestTimeoutExpires() throws Exception {
        server.enqueue(silence());

        long start = System.nanoTime();
        Exchange result = ask("&requestTimeout=300");
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getHttpStatus()).isZero();
        assertThat(failure.getProviderMessage()).isEqualTo("requestTimeout of 300 ms expired");
        assertThat(failure.isRetryable()).isTrue();
        assertThat(elapsedMs).isLessThan(5000);
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("connection closed").isTrue();
    }

    @Test
    void firstTokenTimeoutExpiresForAStreamingRequest() throws Exception {
        server.enqueue(silence());

        long start = System.nanoTime();
        Exchange result = ask("&stream=true&firstTokenTimeout=300");
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getProviderMessage()).isEqualTo("firstTokenTimeout of 300 ms expired");
        assertThat(failure.isRetryable()).isTrue();
        assertThat(elapsedMs).isLessThan(5000);
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("connection closed").isTrue();
    }
}
