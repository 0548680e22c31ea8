package io.camelchat.chatcompletion;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope option: auto unwraps what looks like an envelope, always demands one, never unwraps. */
class EnvelopeModesTest extends ChatCallTestSupport {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("auto", Bodies.envelope("Hi"), true),
                Arguments.of("auto", Bodies.openAi("Hi"), false),
                Arguments.of("always", Bodies.envelope("Hi"), true),
                Arguments.of("never", Bodies.openAi("Hi"), false));
    }

    @ParameterizedTest(name = "envelope={0}, enveloped={2}")
    @MethodSource("accepted")
    void answersTheModeAcceptsAreMapped(String mode, String body, boolean enveloped) {
        stubChat(json(200, body));

        Exchange result = ask("&envelope=" + mode);

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Hi");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ID)).isEqualTo("chatcmpl-123");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_SUCCESS))
                .isEqualTo(enveloped ? Boolean.TRUE : null);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("never", Bodies.envelope("Hi"), "choices"),
                Arguments.of("always", Bodies.openAi("Hi"), "envelope"));
    }

    @ParameterizedTest(name = "envelope={0}")
    @MethodSource("rejected")
    void answersTheModeRejectsAreProtocolFailures(String mode, String body, String word) {
        stubChat(json(200, body));

        ChatCompletionException failure = failureOf(ask("&envelope=" + mode));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.PROTOCOL);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getProviderMessage()).contains("data").contains(word);
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getResponseBody()).isEqualTo(body);
    }
}
