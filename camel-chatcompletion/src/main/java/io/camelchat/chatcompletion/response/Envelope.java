package io.camelchat.chatcompletion.response;

import io.camelchat.chatcompletion.json.Json;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The vendor's {@code {success, code, message, data}} envelope around an OpenAI payload.
 *
 * @param success the envelope's success flag
 * @param code    its code as a String, or null
 * @param message its message, or null
 * @param data    the wrapped payload, or null when the envelope carried none
 */
public record Envelope(boolean success, String code, String message, JsonNode data) {

    /** An object with a boolean {@code success} and a {@code data} or {@code code} member (client contract rule 5). */
    public static boolean isEnvelope(JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        JsonNode success = node.get("success");
        return success != null && success.isBoolean() && (node.has("data") || node.has("code"));
    }

    public static Envelope of(JsonNode node) {
        JsonNode data = node.get("data");
        return new Envelope(node.get("success").booleanValue(), Json.text(node, "code"), Json.text(node, "message"),
                data == null || data.isNull() ? null : data);
    }
}
