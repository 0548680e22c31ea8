package io.camelchat.chatcompletion.structured;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer that does not fit the schema is re-asked once: the repair request holds the conversation, the invalid
 * answer and the validator's messages; the usage headers sum both answers and the repairs header says 1.
 */
class RepairThatSucceedsTest extends StructuredTestSupport {

    @Test
    void invalidAnswerIsRepairedOnce() {
        script(n -> n == 0 ? answer(MISSING_SCORE) : answer(VALID));

        Exchange result = ask("&outputClass=" + ReviewInsight.class.getName());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(ReviewInsight.class).summary()).isEqualTo("Great kettle");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS)).isEqualTo(1);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.PROMPT_TOKENS)).isEqualTo(100);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.COMPLETION_TOKENS)).isEqualTo(40);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(140);

        assertThat(server.requestCount()).isEqualTo(2);
        JsonNode repair = requestBodies().get(1);
        JsonNode messages = repair.path("messages");
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0).path("content").asText()).isEqualTo("The kettle boils fast and looks nice.");
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).path("content").asText()).isEqualTo(MISSING_SCORE);
        assertThat(messages.get(2).path("role").asText()).isEqualTo("user");
        assertThat(messages.get(2).path("content").asText()).contains("does not conform").contains("score");
        assertThat(repair.path("response_format").path("type").asText()).isEqualTo("json_schema");
    }
}
