package io.camelchat.chatcompletion.errors;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One rule for the kind (an envelope with success:false is ENVELOPE on any status; another non-2xx is HTTP), the
 * documented list of retryable statuses, and a rate limit recognised however the server reports it.
 */
class ErrorKindAndRetryRuleTest extends ChatCallTestSupport {

    private static final String RATE_LIMIT_ENVELOPE = "{\"success\":false,\"code\":\"429\",\"message\":\"slow down\"}";

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments("envelope on 429", 429, RATE_LIMIT_ENVELOPE, ChatCompletionErrorKind.ENVELOPE, true, true),
                arguments("envelope on 200", 200, RATE_LIMIT_ENVELOPE, ChatCompletionErrorKind.ENVELOPE, true, true),
                arguments("envelope on 400", 400, "{\"success\":false,\"code\":\"40001\",\"message\":\"bad\"}",
                        ChatCompletionErrorKind.ENVELOPE, false, false),
                arguments("envelope on 503", 503, "{\"success\":false,\"code\":\"E1\",\"message\":\"down\"}",
                        ChatCompletionErrorKind.ENVELOPE, true, false),
                arguments("inline rate limit on 200", 200,
                        "{\"error\":{\"message\":\"slow\",\"type\":\"rate_limit_exceeded\"}}",
                        ChatCompletionErrorKind.INLINE, true, true),
                arguments("plain 429", 429, "{\"error\":{\"message\":\"slow\"}}", ChatCompletionErrorKind.HTTP, true,
                        true),
                arguments("quota on 429", 429, "{\"error\":{\"message\":\"quota\",\"code\":\"insufficient_quota\"}}",
                        ChatCompletionErrorKind.HTTP, false, false),
                arguments("408", 408, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("409", 409, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("500", 500, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("501", 501, "{}", ChatCompletionErrorKind.HTTP, false, false),
                arguments("502", 502, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("504", 504, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("505", 505, "{}", ChatCompletionErrorKind.HTTP, false, false),
                arguments("520", 520, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("524", 524, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("529", 529, "{}", ChatCompletionErrorKind.HTTP, true, false),
                arguments("404", 404, "{}", ChatCompletionErrorKind.HTTP, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void kindRetryabilityAndRateLimit(String label, int status, String body, ChatCompletionErrorKind kind,
                                      boolean retryable, boolean rateLimited) {
        stubChat(json(status, body));

        ChatCompletionException failure = failureOf(ask("&maxRetries=0"));

        assertThat(failure.getKind()).isEqualTo(kind);
        assertThat(failure.getHttpStatus()).isEqualTo(status);
        assertThat(failure.isRetryable()).as("retryable").isEqualTo(retryable);
        assertThat(failure.isRateLimited()).as("rate limited").isEqualTo(rateLimited);
    }
}
