package io.camelchat.chatcompletion.response;

import io.camelchat.chatcompletion.json.Json;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a server said about an error, read tolerantly from any of the error shapes servers send: {@code {"error":{...}}},
 * {@code {"error":"text","error_type":...}}, an array holding such an object, an envelope, or a bare error object.
 *
 * @param code    the error code as a String (numbers normalised), or null
 * @param type    {@code error.type}, or Google's {@code error.status}, or null
 * @param message the provider's message, or null
 */
public record ProviderError(String code, String type, String message) {

    /** Reads the error from a parsed error document; returns null when the document holds no recognisable error. */
    public static ProviderError from(JsonNode document) {
        JsonNode node = document;
        if (node != null && node.isArray()) {
            node = node.isEmpty() ? null : node.get(0);
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        if (Envelope.isEnvelope(node)) {
            return new ProviderError(Json.text(node, "code"), null, Json.text(node, "message"));
        }
        JsonNode error = node.get("error");
        if (error != null && error.isObject()) {
            return fromErrorObject(error);
        }
        if (error != null && error.isTextual()) {
            return new ProviderError(Json.text(node, "error_type"), null, error.asText());
        }
        if (Json.has(node, "message")) {
            return fromErrorObject(node);
        }
        return null;
    }

    /** Reads {@code code}, {@code type} (or {@code status}) and {@code message} from an error object. */
    public static ProviderError fromErrorObject(JsonNode error) {
        String type = Json.text(error, "type");
        if (type == null) {
            type = Json.text(error, "status");
        }
        String message = Json.text(error, "message");
        if (message == null && error.isTextual()) {
            message = error.asText();
        }
        return new ProviderError(Json.text(error, "code"), type, message);
    }
}
