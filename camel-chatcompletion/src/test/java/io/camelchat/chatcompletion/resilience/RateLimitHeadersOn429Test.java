package io.camelchat.chatcompletion.resilience;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A 429's x-ratelimit-* headers reach the exchange as CamelChatCompletionRateLimit* headers. */
class RateLimitHeadersOn429Test extends ResilienceTestSupport {

    @Override
    protected int maxRetries() {
        return 0;
    }

    @Test
    void theRateLimitHeadersOfA429AreExposed() {
        server.enqueue(ScriptedResponse.json(429, RATE_LIMITED)
                .withHeader("x-ratelimit-limit-requests", "60")
                .withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-remaining-tokens", "1200")
                .withHeader("x-ratelimit-reset-requests", "1s")
                .withHeader("x-ratelimit-reset-tokens", "6m0s")
                .withHeader("retry-after-ms", "20"));

        Exchange result = ask("");

        assertThat(failureOf(result).getHttpStatus()).isEqualTo(429);
        Message message = result.getMessage();
        assertThat(message.getHeader(ChatCompletionConstants.RATE_LIMIT_REMAINING_REQUESTS)).isEqualTo("0");
        assertThat(message.getHeader(ChatCompletionConstants.RATE_LIMIT_REMAINING_TOKENS)).isEqualTo("1200");
        assertThat(message.getHeader(ChatCompletionConstants.RATE_LIMIT_RESET_REQUESTS)).isEqualTo("1s");
        assertThat(message.getHeader(ChatCompletionConstants.RATE_LIMIT_RESET_TOKENS)).isEqualTo("6m0s");
        assertThat(message.getHeaders().keySet()).noneMatch(name -> name.toLowerCase().startsWith("x-ratelimit"));
        assertThat(attempts(result)).isEqualTo(1);
    }

    @Test
    void aRetriedCallShowsTheRateLimitHeadersOfItsLastAnswer() {
        server.enqueue(ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after-ms", "20")
                        .withHeader("x-ratelimit-remaining-requests", "0"))
                .enqueue(ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after-ms", "20")
                        .withHeader("x-ratelimit-remaining-requests", "0")
                        .withHeader("x-ratelimit-remaining-tokens", "7"));

        Exchange result = ask("&maxRetries=1");

        assertThat(failureOf(result).getHttpStatus()).isEqualTo(429);
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.RATE_LIMIT_REMAINING_REQUESTS))
                .isEqualTo("0");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.RATE_LIMIT_REMAINING_TOKENS))
                .isEqualTo("7");
    }
}
