package io.camelchat.chatcompletion.structured;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;

/**
 * A JSON schema ready to validate answers, with the name and strictness sent in {@code response_format}.
 *
 * @param schema the schema document
 * @param name   the name sent in {@code response_format.json_schema.name} ({@code [a-zA-Z0-9_-]{1,64}})
 * @param strict whether the schema has OpenAI's strict shape (every object closed and all its properties required),
 *               so that {@code strict: true} can be sent
 * @param text   the schema as compact JSON text, for the prompt-mode system message
 */
record CompiledSchema(JsonNode schema, String name, boolean strict, String text, JsonSchema validator) {

    private static final Pattern NOT_NAME = Pattern.compile("[^a-zA-Z0-9_-]");

    static CompiledSchema of(JsonNode schema, String preferredName) {
        if (schema == null || !schema.isObject()) {
            throw new IllegalArgumentException("A JSON schema must be a JSON object, not " + schema);
        }
        SpecVersion.VersionFlag version = SpecVersionDetector.detectOptionalVersion(schema, false)
                .orElse(SpecVersion.VersionFlag.V202012);
        JsonSchema validator = JsonSchemaFactory.getInstance(version).getSchema(schema);
        return new CompiledSchema(schema, name(schema, preferredName), isStrict(schema), schema.toString(), validator);
    }

    /** The validator's messages for this value; empty when it fits. */
    List<String> validate(JsonNode value) {
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : validator.validate(value)) {
            errors.add(message.getMessage());
        }
        return errors;
    }

    private static String name(JsonNode schema, String preferred) {
        String name = preferred != null ? preferred : schema.path("title").asText("");
        name = NOT_NAME.matcher(name).replaceAll("_");
        if (name.isEmpty()) {
            name = "answer";
        }
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /** Every object schema inside is closed ({@code additionalProperties: false}) and requires all its properties. */
    static boolean isStrict(JsonNode node) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (!isStrict(element)) {
                    return false;
                }
            }
            return true;
        }
        if (!node.isObject()) {
            return true;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                return false;
            }
            List<String> required = new ArrayList<>();
            node.path("required").forEach(field -> required.add(field.asText()));
            for (Iterator<String> names = properties.fieldNames(); names.hasNext();) {
                if (!required.contains(names.next())) {
                    return false;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!"enum".equals(field.getKey()) && !"const".equals(field.getKey()) && !"default".equals(field.getKey())
                    && !"examples".equals(field.getKey()) && !isStrict(field.getValue())) {
                return false;
            }
        }
        return true;
    }
}
