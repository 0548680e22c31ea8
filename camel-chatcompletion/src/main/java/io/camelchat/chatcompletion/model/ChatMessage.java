package io.camelchat.chatcompletion.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One chat message of a request: a role ({@code system}, {@code user}, {@code assistant}, {@code tool}) and its text.
 * Messages with content parts or tool calls can be given as {@code Map}s instead.
 *
 * @param role       the author's role
 * @param content    the text
 * @param name       optional participant name
 * @param toolCallId for {@code tool} messages: the id of the tool call this message answers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChatMessage(
        String role,
        String content,
        String name,
        @JsonProperty("tool_call_id") String toolCallId) {

    public ChatMessage(String role, String content) {
        this(role, content, null, null);
    }

    public static ChatMessage system(String content) {
        return new ChatMessage("system", content);
    }

    public static ChatMessage user(String content) {
        return new ChatMessage("user", content);
    }

    public static ChatMessage assistant(String content) {
        return new ChatMessage("assistant", content);
    }

    public static ChatMessage tool(String toolCallId, String content) {
        return new ChatMessage("tool", content, null, toolCallId);
    }
}
