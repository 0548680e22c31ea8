package io.camelchat.chatcompletion;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Client contract rule 2: retryAfterMs from retry-after-ms, else retry-after in seconds or as an HTTP-date. */
class RetryAfterHintTest extends ChatCallTestSupport {

    /** IMF-fixdate, the form servers send (RFC 9110 §5.6.7). */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static final String RATE_LIMITED =
            "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}";

    static Stream<Arguments> hints() {
        return Stream.of(
                Arguments.of("1500.5", null, 1501L),
                Arguments.of("250", null, 250L),
                Arguments.of(null, "7", 7000L),
                Arguments.of("1500", "7", 1500L),
                Arguments.of("soon", "7", 7000L),
                Arguments.of(null, "later", null),
                Arguments.of(null, null, null));
    }

    @ParameterizedTest(name = "retry-after-ms={0}, retry-after={1}")
    @MethodSource("hints")
    void readsTheWaitHint(String retryAfterMs, String retryAfter, Long expected) {
        ResponseDefinitionBuilder response = json(429, RATE_LIMITED);
        if (retryAfterMs != null) {
            response.withHeader("retry-after-ms", retryAfterMs);
        }
        if (retryAfter != null) {
            response.withHeader("Retry-After", retryAfter);
        }
        stubChat(response);

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(429);
        assertThat(failure.getErrorCode()).isEqualTo("rate_limit_exceeded");
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getRetryAfterMs()).isEqualTo(expected);
    }

    @Test
    void readsAnHttpDateAsTheTimeLeftUntilThen() {
        String inTenSeconds = IMF_FIXDATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));
        stubChat(json(429, RATE_LIMITED).withHeader("Retry-After", inTenSeconds));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getRetryAfterMs()).isBetween(8000L, 10000L);
    }

    @Test
    void anHttpDateInThePastMeansNoWait() {
        String past = IMF_FIXDATE.format(ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(5));
        stubChat(json(503, RATE_LIMITED).withHeader("Retry-After", past));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getRetryAfterMs()).isEqualTo(0L);
    }
}
