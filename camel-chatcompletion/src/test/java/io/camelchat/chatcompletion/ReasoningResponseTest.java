package io.camelchat.chatcompletion;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reasoning text is read from reasoning_content, reasoning, or thinking parts, apart from the answer text. */
class ReasoningResponseTest extends ChatCallTestSupport {

    static Stream<Arguments> dialects() {
        return Stream.of(
                Arguments.of("DeepSeek reasoning_content",
                        "{\"role\":\"assistant\",\"content\":\"Answer\",\"reasoning_content\":\"Think first\"}",
                        "Think first"),
                Arguments.of("Ollama/Groq reasoning",
                        "{\"role\":\"assistant\",\"content\":\"Answer\",\"reasoning\":\"Think first\"}", "Think first"),
                Arguments.of("Mistral thinking parts", """
                        {"role":"assistant","content":[
                          {"type":"thinking","thinking":[{"type":"text","text":"A"},{"type":"text","text":"B"}]},
                          {"type":"text","text":"Answer"}]}""", "AB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void separatesReasoningFromTheAnswer(String dialect, String message, String reasoning) {
        stubChat(json(200, Bodies.withMessage(message)));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Answer");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.REASONING_CONTENT)).isEqualTo(reasoning);
    }
}
