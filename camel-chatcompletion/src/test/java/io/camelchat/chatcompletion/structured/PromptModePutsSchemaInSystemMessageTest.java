package io.camelchat.chatcompletion.structured;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * structuredOutput=prompt: no response_format on the wire; the schema and a fixed instruction close the system
 * message; the JSON is extracted from an answer with leading prose and a fenced json block.
 */
class PromptModePutsSchemaInSystemMessageTest extends StructuredTestSupport {

    @Test
    void schemaGoesIntoSystemMessageAndFencedAnswerIsExtracted() {
        script(n -> answer("Here is the analysis:\n```json\n" + VALID + "\n```\nHope it helps."));

        Exchange result = ask("&structuredOutput=prompt&systemMessage=You analyse reviews.&outputClass="
                              + ReviewInsight.class.getName());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(ReviewInsight.class).score()).isEqualTo(5);

        JsonNode request = requestBodies().get(0);
        assertThat(request.has("response_format")).isFalse();
        JsonNode system = request.path("messages").get(0);
        assertThat(system.path("role").asText()).isEqualTo("system");
        String text = system.path("content").asText();
        assertThat(text).startsWith("You analyse reviews.\n\n" + StructuredExchange.INSTRUCTION + "\n{");
        assertThat(text).contains("\"sentiment\"").contains("\"additionalProperties\":false");
        assertThat(request.path("messages").get(1).path("role").asText()).isEqualTo("user");
    }

    @Test
    void withoutSystemMessageTheInstructionIsOneThatGoesFirst() {
        script(n -> answer(VALID));

        Exchange result = ask("&structuredOutput=prompt&outputClass=" + ReviewInsight.class.getName());

        assertThat(result.getException()).isNull();
        JsonNode messages = requestBodies().get(0).path("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).path("content").asText()).startsWith(StructuredExchange.INSTRUCTION);
    }
}
