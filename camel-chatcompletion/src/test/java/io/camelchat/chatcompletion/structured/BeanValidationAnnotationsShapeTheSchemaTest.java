package io.camelchat.chatcompletion.structured;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With jakarta.validation on the classpath, Bean Validation annotations become schema constraints, and Jackson's
 * property names are used; the schema stays strict.
 */
class BeanValidationAnnotationsShapeTheSchemaTest {

    /** A type with Bean Validation and Jackson annotations. */
    record Rating(@Min(1) @Max(5) int stars, @Size(max = 3) List<String> tags, @JsonProperty("short_text") String text) {
    }

    @Test
    void constraintsAndPropertyNamesAppearInTheSchema() {
        ObjectNode schema = SchemaDerivation.derive(Rating.class);

        assertThat(schema.path("properties").path("stars").path("minimum").asInt()).isEqualTo(1);
        assertThat(schema.path("properties").path("stars").path("maximum").asInt()).isEqualTo(5);
        assertThat(schema.path("properties").path("tags").path("maxItems").asInt()).isEqualTo(3);
        assertThat(schema.path("properties").has("short_text")).isTrue();
        assertThat(schema.path("properties").has("text")).isFalse();
        assertThat(CompiledSchema.isStrict(schema)).isTrue();
    }
}
