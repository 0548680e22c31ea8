package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring WebFlux framing: "data:" without a space, and one pretty-printed JSON chunk spread over several data: lines
 * (joined with "\n" before it is parsed).
 */
class SpringStyleDataLinesTest {

    @Test
    void dataWithoutSpaceAndMultiLineJsonDecode() {
        Outcome outcome = Decode.allWays(""
                + "data:{\"id\":\"e1\",\"model\":\"qwen\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n"
                + "data:{\n"
                + "data:  \"id\" : \"e1\",\n"
                + "data:  \"model\" : \"qwen\",\n"
                + "data:  \"choices\" : [ {\n"
                + "data:    \"index\" : 0,\n"
                + "data:    \"delta\" : { \"content\" : \"lo\\nworld\" },\n"
                + "data:    \"finish_reason\" : \"stop\"\n"
                + "data:  } ]\n"
                + "data:}\n"
                + "\n"
                + "data:[DONE]\n\n");

        assertThat(outcome.chunks()).containsExactly(
                new StreamChunk(0, "Hel", "e1", "qwen", null),
                new StreamChunk(1, "lo\nworld", "e1", "qwen", "stop"));
        assertThat(outcome.result().content()).isEqualTo("Hello\nworld");
        assertThat(outcome.result().finishReason()).isEqualTo("stop");
    }
}
