package io.camelchat.chatcompletion.response;

import io.camelchat.chatcompletion.json.Json;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads text and reasoning out of a message or delta, whatever form the server used: {@code content} as a string,
 * null, absent or an array of typed parts ({@code text}, {@code thinking}); reasoning in {@code reasoning_content},
 * {@code reasoning} or {@code thinking} parts.
 */
public final class MessageText {

    private MessageText() {
    }

    /** The message text, or null when the message has none (null or absent content, or no text parts). */
    public static String content(JsonNode message) {
        JsonNode content = message == null ? null : message.get("content");
        if (content == null || content.isNull()) {
            return null;
        }
        if (content.isArray()) {
            return joinParts(content, "text");
        }
        return content.isContainerNode() ? content.toString() : content.asText();
    }

    /** The reasoning text, or null when the message has none. */
    public static String reasoning(JsonNode message) {
        if (message == null) {
            return null;
        }
        String reasoning = Json.text(message, "reasoning_content");
        if (reasoning == null) {
            reasoning = Json.text(message, "reasoning");
        }
        if (reasoning == null) {
            JsonNode content = message.get("content");
            if (content != null && content.isArray()) {
                reasoning = joinParts(content, "thinking");
            }
        }
        return reasoning;
    }

    /** Concatenates the text of the parts of one type; null when there is no such part. */
    private static String joinParts(JsonNode parts, String type) {
        StringBuilder text = null;
        for (JsonNode part : parts) {
            if (part.isTextual() && "text".equals(type)) {
                text = append(text, part.asText());
            } else if (type.equals(Json.text(part, "type"))) {
                text = append(text, partText(part.get(type)));
            }
        }
        return text == null ? null : text.toString();
    }

    /** A part's payload: a string, or (Mistral's thinking) an array of text parts. */
    private static String partText(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode inner : value) {
                text.append(inner.isTextual() ? inner.asText() : String.valueOf(Json.text(inner, "text")));
            }
            return text.toString();
        }
        return value.asText();
    }

    private static StringBuilder append(StringBuilder text, String piece) {
        return (text == null ? new StringBuilder() : text).append(piece);
    }
}
