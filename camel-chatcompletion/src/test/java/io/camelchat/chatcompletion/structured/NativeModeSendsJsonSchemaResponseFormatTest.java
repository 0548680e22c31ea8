package io.camelchat.chatcompletion.structured;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * structuredOutput=native: the request carries response_format json_schema (name, strict, the derived schema) and no
 * schema instruction in the messages; the body out is an instance of outputClass.
 */
class NativeModeSendsJsonSchemaResponseFormatTest extends StructuredTestSupport {

    @Test
    void sendsResponseFormatAndReturnsTypedInstance() {
        script(n -> answer(VALID));

        Exchange result = ask("&structuredOutput=native&outputClass=" + ReviewInsight.class.getName());

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(new ReviewInsight(ReviewInsight.Sentiment.positive, 5,
                "Great kettle", java.util.List.of("speed", "design")));
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS)).isEqualTo(0);
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.CONTENT)).isEqualTo(VALID);

        JsonNode request = requestBodies().get(0);
        JsonNode format = request.path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        assertThat(format.path("json_schema").path("name").asText()).isEqualTo("ReviewInsight");
        assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
        assertThat(format.path("json_schema").path("schema").path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(format.path("json_schema").path("schema").path("properties").has("topics")).isTrue();
        assertThat(request.path("messages")).hasSize(1);
        assertThat(request.path("messages").get(0).path("role").asText()).isEqualTo("user");
    }
}
