package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregate streaming works like a plain answer: the streamed text is validated when the stream ends, an invalid
 * stream is repaired with a new streamed request, and the body out is the typed instance.
 */
class AggregateStreamingValidatesAndRepairsTest extends StructuredTestSupport {

    @Test
    void streamedAnswerIsValidatedAndRepaired() {
        script(n -> n == 0 ? stream(MISSING_SCORE) : stream(VALID));

        Exchange result = ask("&stream=true&streamingMode=aggregate&outputClass=" + ReviewInsight.class.getName());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(ReviewInsight.class).topics()).containsExactly("speed", "design");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS)).isEqualTo(1);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(60);
        assertThat(server.requestCount()).isEqualTo(2);
        assertThat(requestBodies().get(1).path("stream").asBoolean()).isTrue();
        assertThat(requestBodies().get(1).path("messages").get(1).path("content").asText()).isEqualTo(MISSING_SCORE);
    }

    /** The text in three chunks, then usage, then [DONE]. */
    static ScriptedResponse stream(String text) {
        int third = text.length() / 3;
        return ScriptedResponse.sse(chunk(text.substring(0, third)), chunk(text.substring(third, 2 * third)),
                chunk(text.substring(2 * third)),
                "data: {\"id\":\"c1\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{},"
                                                  + "\"finish_reason\":\"stop\"}]}\n\n",
                "data: {\"id\":\"c1\",\"model\":\"gpt-4o-mini\",\"choices\":[],\"usage\":{\"prompt_tokens\":20,"
                                                  + "\"completion_tokens\":10,\"total_tokens\":30}}\n\n",
                "data: [DONE]\n\n");
    }

    private static String chunk(String piece) {
        return "data: {\"id\":\"c1\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":"
               + Json.MAPPER.valueToTree(piece) + "}}]}\n\n";
    }
}
