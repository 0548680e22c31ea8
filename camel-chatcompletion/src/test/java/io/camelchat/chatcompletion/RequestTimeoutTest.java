package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** requestTimeout bounds the whole call: the exchange fails fast with TIMEOUT and the endpoint stays usable. */
class RequestTimeoutTest extends ChatCallTestSupport {

    @Test
    void aSlowServerFailsTheExchangeAtTheDeadline() {
        stubChat(json(200, Bodies.openAi("late")).withFixedDelay(3000));

        long start = System.nanoTime();
        Exchange late = ask("&requestTimeout=300");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        ChatCompletionException failure = failureOf(late);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getHttpStatus()).isZero();
        assertThat(failure.getProviderMessage()).isEqualTo("requestTimeout of 300 ms expired");
        assertThat(failure.isRetryable()).isTrue();
        assertThat(elapsedMs).isLessThan(2500);

        wireMock.resetMappings();
        stubChat(json(200, Bodies.openAi("on time")));
        Exchange next = ask("&requestTimeout=300");

        assertThat(next.getException()).isNull();
        assertThat(next.getMessage().getBody()).isEqualTo("on time");
    }
}
