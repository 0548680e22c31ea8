package io.camelchat.chatcompletion;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Client contract rule 5: an empty, malformed or choice-less 2xx body is a retryable protocol failure. */
class EmptyAndMalformedBodyTest extends ChatCallTestSupport {

    static Stream<Arguments> bodies() {
        return Stream.of(
                Arguments.of("", "empty", null),
                Arguments.of("\n\n\r\n", "empty", null),
                Arguments.of("{\"id\":", "data", "{\"id\":"),
                Arguments.of("<html>oops</html>", "data", "<html>oops</html>"),
                Arguments.of("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\"}", "data",
                        "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\"}"),
                Arguments.of("[{\"id\":\"chatcmpl-1\"}]", "data", "[{\"id\":\"chatcmpl-1\"}]"),
                Arguments.of("\"just a string\"", "data", "\"just a string\""));
    }

    @ParameterizedTest(name = "body [{0}]")
    @MethodSource("bodies")
    void isARetryableProtocolFailure(String body, String word, String responseBody) {
        stubChat(json(200, body));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.PROTOCOL);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getProviderMessage()).contains(word);
        assertThat(failure.getErrorCode()).isNull();
        assertThat(failure.getErrorType()).isNull();
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getResponseBody()).isEqualTo(responseBody);
    }
}
