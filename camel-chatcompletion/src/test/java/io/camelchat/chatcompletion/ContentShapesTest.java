package io.camelchat.chatcompletion;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** Client contract rule 5: content of any form, unknown fields, and a BOM or blank lines before the JSON. */
class ContentShapesTest extends ChatCallTestSupport {

    static Stream<Arguments> contents() {
        return Stream.of(
                Arguments.of("{\"role\":\"assistant\",\"content\":\"Hello\"}", "Hello"),
                Arguments.of("{\"role\":\"assistant\",\"content\":\"\"}", ""),
                Arguments.of("{\"role\":\"assistant\",\"content\":null}", null),
                Arguments.of("{\"role\":\"assistant\"}", null),
                Arguments.of("""
                        {"role":"assistant","content":[{"type":"text","text":"Hel"},{"type":"text","text":"lo"}]}""",
                        "Hello"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contents")
    void readsTheContentWhateverItsForm(String message, String body) {
        stubChat(json(200, Bodies.withMessage(message)));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(body);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
    }

    @Test
    void ignoresUnknownFieldsEverywhere() {
        stubChat(json(200, """
                {"id":"chatcmpl-9","object":"chat.completion","created":1,"model":"m","service_tier":"default",
                 "system_fingerprint":"fp_1","obfuscation":"x1y2","x_groq":{"id":"req_1"},"provider":"Groq",
                 "choices":[{"index":0,"logprobs":null,"finish_reason":"stop","native_finish_reason":"STOP",
                   "message":{"role":"assistant","content":"Hi","refusal":null,"annotations":[{"type":"url_citation"}],
                     "audio":null,"function_call":null}}],
                 "usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3,
                   "prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}}"""));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Hi");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ID)).isEqualTo("chatcmpl-9");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(3);
    }

    @ParameterizedTest(name = "prefix {0}")
    @ValueSource(strings = { "BOM", "BOM+blank lines", "blank lines", "spaces and tabs" })
    void acceptsABomAndLeadingWhitespace(String prefix) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (prefix.startsWith("BOM")) {
            bytes.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        }
        bytes.writeBytes((prefix.contains("blank") ? "\n\n\r\n\n" : prefix.contains("spaces") ? "  \t \r\n " : "")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(Bodies.openAi("Hi").getBytes(StandardCharsets.UTF_8));
        stubChat(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(bytes.toByteArray()));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Hi");
    }

    @Test
    void readsALongMultiByteAnswerArrivingInManyChunks() {
        String text = "héllo wörld 日本語 🎉 ".repeat(5_000);
        stubChat(json(200, Bodies.openAi(text)).withChunkedDribbleDelay(50, 200));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(text);
    }
}
