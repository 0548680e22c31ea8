package io.camelchat.chatcompletion.structured;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.json.Json;

/**
 * Finds the JSON value in an answer text: the whole text, a fenced {@code ```json} block, or the first object or
 * array after leading prose (trailing prose is ignored).
 */
final class AnswerJson {

    private AnswerJson() {
    }

    /**
     * The JSON value of the answer.
     *
     * @throws IOException with a message that says why no JSON value was found
     */
    static JsonNode extract(String text) throws IOException {
        if (text == null || text.isBlank()) {
            throw new IOException("the answer has no text");
        }
        String candidate = fenced(text);
        if (candidate == null) {
            int object = text.indexOf('{');
            int array = text.indexOf('[');
            int start = object < 0 ? array : array < 0 ? object : Math.min(object, array);
            if (start < 0) {
                throw new IOException("the answer holds no JSON object or array");
            }
            candidate = text.substring(start);
        }
        try (JsonParser parser = Json.MAPPER.createParser(candidate)) {
            JsonNode value = Json.MAPPER.readTree(parser);
            if (value == null || value.isMissingNode()) {
                throw new IOException("the answer holds no JSON value");
            }
            return value;
        } catch (IOException e) {
            throw new IOException("the answer is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The content of the first fenced code block, or null when there is none. */
    private static String fenced(String text) {
        int fence = text.indexOf("```");
        if (fence < 0) {
            return null;
        }
        int lineEnd = text.indexOf('\n', fence);
        if (lineEnd < 0) {
            return null;
        }
        int close = text.indexOf("```", lineEnd);
        return close < 0 ? text.substring(lineEnd + 1) : text.substring(lineEnd + 1, close);
    }
}
