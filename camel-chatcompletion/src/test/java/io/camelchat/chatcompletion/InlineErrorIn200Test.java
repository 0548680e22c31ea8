package io.camelchat.chatcompletion;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Client contract rule 5: an object with a non-null error inside a 2xx answer is an inline failure. */
class InlineErrorIn200Test extends ChatCallTestSupport {

    static Stream<Arguments> inlineErrors() {
        return Stream.of(
                Arguments.of("object", "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\",\"code\":null}}",
                        null, "server_error", "boom", true),
                Arguments.of("string", "{\"error\":\"text\"}", null, null, "text", false),
                Arguments.of("TGI string", "{\"error\":\"Input validation error\",\"error_type\":\"validation\"}",
                        "validation", null, "Input validation error", false),
                Arguments.of("numeric code", "{\"error\":{\"message\":\"slow down\",\"code\":429}}",
                        "429", null, "slow down", true),
                Arguments.of("transient code", "{\"error\":{\"message\":\"busy\",\"code\":\"rate_limit_exceeded\"}}",
                        "rate_limit_exceeded", null, "busy", true),
                Arguments.of("quota", "{\"error\":{\"message\":\"quota\",\"type\":\"insufficient_quota\",\"code\":\"429\"}}",
                        "429", "insufficient_quota", "quota", false),
                Arguments.of("in envelope data",
                        Bodies.wrap("{\"error\":{\"message\":\"overloaded\",\"type\":\"api_error\",\"code\":\"E1\"}}"),
                        "E1", "api_error", "overloaded", true),
                Arguments.of("next to choices", "{\"id\":\"x\",\"choices\":[],\"error\":{\"message\":\"bad\",\"code\":\"400\"}}",
                        "400", null, "bad", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlineErrors")
    void anErrorIn200IsAnInlineFailure(
            String shape, String body, String code, String type, String message, boolean retryable) {
        stubChat(json(200, body));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INLINE);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getErrorCode()).isEqualTo(code);
        assertThat(failure.getErrorType()).isEqualTo(type);
        assertThat(failure.getProviderMessage()).isEqualTo(message);
        assertThat(failure.isRetryable()).isEqualTo(retryable);
        assertThat(failure.getRetryAfterMs()).isNull();
        assertThat(failure.getResponseBody()).isEqualTo(body);
    }
}
