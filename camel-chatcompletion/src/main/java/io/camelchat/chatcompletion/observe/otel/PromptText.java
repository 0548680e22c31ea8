package io.camelchat.chatcompletion.observe.otel;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.json.Json;

/**
 * The messages of a request body as JSON, for the opt-in traceContent event. Only the messages array is kept: the
 * rest of the body (options, extraBody) is not content. The API key and extra headers are never in the body.
 */
final class PromptText {

    private PromptText() {
    }

    static String of(byte[] body) {
        try {
            JsonNode root = Json.parse(body, body.length);
            JsonNode messages = root == null ? null : root.get("messages");
            return messages == null ? "" : messages.toString();
        } catch (Exception unreadable) {
            return "";
        }
    }
}
