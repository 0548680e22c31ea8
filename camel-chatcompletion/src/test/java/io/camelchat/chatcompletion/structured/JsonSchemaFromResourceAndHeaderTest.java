package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * jsonSchema from a classpath resource, and a schema given per exchange in the CamelChatCompletionJsonSchema header;
 * the body out is the validated JSON as a String (without the prose around it), its name the schema's title or
 * "answer", and strict only when the schema has the strict shape.
 */
class JsonSchemaFromResourceAndHeaderTest extends StructuredTestSupport {

    @Test
    void classpathSchemaValidatesAndBodyIsJsonText() {
        script(n -> answer("Sure: {\"queue\": \"billing\", \"urgent\": true}"));

        Exchange result = ask("&jsonSchema=classpath:schemas/ticket.json");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("{\"queue\":\"billing\",\"urgent\":true}");
        var format = requestBodies().get(0).path("response_format").path("json_schema");
        assertThat(format.path("name").asText()).isEqualTo("answer");
        assertThat(format.path("strict").asBoolean()).isTrue();
        assertThat(format.path("schema").path("properties").path("queue").path("enum")).hasSize(3);
    }

    @Test
    void headerSchemaAppliesToOneExchange() {
        script(n -> answer("{\"queue\":\"nowhere\",\"urgent\":true}"));
        String schema = "{\"title\":\"Ticket routing\",\"type\":\"object\",\"properties\":{\"queue\":{\"type\":\"string\","
                        + "\"enum\":[\"billing\",\"technical\"]},\"urgent\":{\"type\":\"boolean\"}},\"required\":[\"queue\"]}";

        Exchange result = template.request(uri("&structuredOutputRetries=0"), e -> {
            e.getMessage().setBody("My invoice is wrong");
            e.getMessage().setHeader(ChatCompletionConstants.JSON_SCHEMA, schema);
        });

        assertThat(failureOf(result).getKind()).isEqualTo(ChatCompletionErrorKind.INVALID_OUTPUT);
        assertThat(failureOf(result).getValidationErrors()).anySatisfy(error -> assertThat(error).contains("queue"));
        var format = requestBodies().get(0).path("response_format").path("json_schema");
        assertThat(format.path("name").asText()).isEqualTo("Ticket_routing");
        assertThat(format.path("strict").asBoolean()).isFalse();
    }
}
