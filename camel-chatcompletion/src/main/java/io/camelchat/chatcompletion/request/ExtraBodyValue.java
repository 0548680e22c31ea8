package io.camelchat.chatcompletion.request;

import io.camelchat.chatcompletion.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Turns an {@code extraBody.<field>} option value, which arrives as text from a URI or a properties file, into the JSON
 * value to send: a number, {@code true}, {@code false}, {@code null}, an object or an array when the text is one,
 * otherwise the text itself.
 */
final class ExtraBodyValue {

    private static final ObjectReader STRICT = Json.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ExtraBodyValue() {
    }

    static JsonNode parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return TextNode.valueOf(text);
        }
        char first = trimmed.charAt(0);
        boolean jsonLike = first == '{' || first == '[' || first == '-' || Character.isDigit(first)
                           || trimmed.equals("true") || trimmed.equals("false") || trimmed.equals("null");
        if (!jsonLike) {
            return TextNode.valueOf(text);
        }
        try {
            JsonNode node = STRICT.readTree(trimmed);
            return node == null || node.isMissingNode() ? TextNode.valueOf(text) : node;
        } catch (JsonProcessingException notJson) {
            return TextNode.valueOf(text);
        }
    }
}
