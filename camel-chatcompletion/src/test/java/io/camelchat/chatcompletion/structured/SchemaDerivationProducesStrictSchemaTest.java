package io.camelchat.chatcompletion.structured;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema derived from a Java type has OpenAI's strict shape: records, enums and nested lists of records, every
 * object closed and all its properties required, no $schema keyword.
 */
class SchemaDerivationProducesStrictSchemaTest {

    @Test
    void recordWithEnumAndListIsStrict() {
        ObjectNode schema = SchemaDerivation.derive(ReviewInsight.class);

        assertThat(schema.has("$schema")).isFalse();
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(names(schema.path("required"))).containsExactlyInAnyOrder("sentiment", "score", "summary", "topics");
        assertThat(names(schema.path("properties").path("sentiment").path("enum")))
                .containsExactly("positive", "neutral", "negative");
        assertThat(schema.path("properties").path("score").path("type").asText()).isEqualTo("integer");
        assertThat(schema.path("properties").path("topics").path("type").asText()).isEqualTo("array");
        assertThat(schema.path("properties").path("topics").path("items").path("type").asText()).isEqualTo("string");
        assertThat(CompiledSchema.isStrict(schema)).isTrue();
    }

    @Test
    void nestedListOfRecordsIsStrictAtEveryLevel() {
        ObjectNode schema = SchemaDerivation.derive(Order.class);

        JsonNode line = schema.path("properties").path("lines").path("items");
        assertThat(line.path("type").asText()).isEqualTo("object");
        assertThat(line.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(names(line.path("required"))).containsExactlyInAnyOrder("product", "quantity");
        assertThat(CompiledSchema.isStrict(schema)).isTrue();
    }

    @Test
    void schemaWithAnOptionalPropertyIsNotStrict() throws Exception {
        JsonNode loose = io.camelchat.chatcompletion.json.Json.MAPPER.readTree(
                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}},"
                + "\"required\":[\"a\"],\"additionalProperties\":false}");

        assertThat(CompiledSchema.isStrict(loose)).isFalse();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
