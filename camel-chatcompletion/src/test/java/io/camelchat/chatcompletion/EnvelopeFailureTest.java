package io.camelchat.chatcompletion;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Client contract rules 1 and 5: {@code success:false} fails the call, {@code success:true} without data too. */
class EnvelopeFailureTest extends ChatCallTestSupport {

    static Stream<Arguments> failedEnvelopes() {
        return Stream.of(
                Arguments.of("\"500\"", "500", true),
                Arguments.of("\"401\"", "401", false),
                Arguments.of("429", "429", true),
                Arguments.of("\"BIZ_ERROR\"", "BIZ_ERROR", false));
    }

    @ParameterizedTest(name = "code {0}")
    @MethodSource("failedEnvelopes")
    void successFalseUnderHttp200IsAnEnvelopeFailure(String codeJson, String code, boolean retryable) {
        String body = "{\"success\":false,\"code\":" + codeJson + ",\"message\":\"internal\",\"data\":null}";
        stubChat(json(200, body));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.ENVELOPE);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getErrorCode()).isEqualTo(code);
        assertThat(failure.getErrorType()).isNull();
        assertThat(failure.getProviderMessage()).isEqualTo("internal");
        assertThat(failure.isRetryable()).isEqualTo(retryable);
        assertThat(failure.getRetryAfterMs()).isNull();
        assertThat(failure.getResponseBody()).isEqualTo(body);
        assertThat(failure.getPartialContent()).isEmpty();
    }

    @Test
    void successFalseUnderHttp400IsAnEnvelopeFailureWithTheStatusCodeAndMessage() {
        stubChat(json(400, "{\"success\":false,\"code\":\"40001\",\"message\":\"unknown model\"}"));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.ENVELOPE);
        assertThat(failure.getHttpStatus()).isEqualTo(400);
        assertThat(failure.getErrorCode()).isEqualTo("40001");
        assertThat(failure.getErrorType()).isNull();
        assertThat(failure.getProviderMessage()).isEqualTo("unknown model");
        assertThat(failure.isRetryable()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "{\"success\":true,\"code\":\"200\",\"message\":\"successful\",\"data\":null}",
            "{\"success\":true,\"code\":\"200\",\"message\":\"successful\"}",
            "{\"success\":true,\"code\":200}" })
    void successTrueWithoutDataIsAProtocolFailure(String body) {
        stubChat(json(200, body));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.PROTOCOL);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getProviderMessage()).contains("data");
        assertThat(failure.getErrorCode()).isNull();
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getResponseBody()).isEqualTo(body);
    }
}
