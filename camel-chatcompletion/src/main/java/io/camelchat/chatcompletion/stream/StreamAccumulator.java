package io.camelchat.chatcompletion.stream;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.response.MessageText;
import io.camelchat.chatcompletion.response.ResponseMapper;
import io.camelchat.chatcompletion.model.ChatCompletionChoice;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;

/**
 * Folds {@code chat.completion.chunk} payloads into one result (client contract rule 7): text and reasoning of choice
 * 0, its finish reason, id and model from the first non-empty value, the last non-null usage, and tool calls.
 */
public final class StreamAccumulator {

    private final StringBuilder content = new StringBuilder();
    private StringBuilder reasoning;
    private final ToolCallAccumulator toolCalls = new ToolCallAccumulator();
    private boolean sawText;
    private String id;
    private String model;
    private Long created;
    private String finishReason;
    private ChatCompletionUsage usage;
    private String chunkFinishReason;
    private long accumulatedChars;

    /** Takes one chunk and returns the text it adds to choice 0, or null when it adds none. */
    public String accept(JsonNode chunk) {
        chunkFinishReason = null;
        if (id == null) {
            id = nonEmpty(Json.text(chunk, "id"));
        }
        if (model == null) {
            model = nonEmpty(Json.text(chunk, "model"));
        }
        if (created == null) {
            Long value = Json.longValue(chunk, "created");
            created = value == null || value == 0 ? null : value;
        }
        ChatCompletionUsage chunkUsage = ResponseMapper.usage(chunk.get("usage"));
        if (chunkUsage != null) {
            usage = chunkUsage;
        }
        JsonNode choices = chunk.get("choices");
        if (choices == null || !choices.isArray()) {
            return null;
        }
        String piece = null;
        for (JsonNode choice : choices) {
            Integer index = Json.integer(choice, "index");
            if (index == null || index == 0) {
                piece = acceptChoice(choice);
            }
        }
        return piece;
    }

    private String acceptChoice(JsonNode choice) {
        JsonNode delta = choice.has("delta") ? choice.get("delta") : choice.get("message");
        String finish = Json.text(choice, "finish_reason");
        chunkFinishReason = finish;
        if (finish != null) {
            finishReason = finish;
        }
        if (delta == null || !delta.isObject()) {
            return null;
        }
        String thinking = MessageText.reasoning(delta);
        if (thinking != null && !thinking.isEmpty()) {
            reasoning = (reasoning == null ? new StringBuilder() : reasoning).append(thinking);
            accumulatedChars += thinking.length();
        }
        JsonNode calls = delta.get("tool_calls");
        if (calls != null && calls.isArray()) {
            accumulatedChars += toolCalls.accept(calls);
        }
        String text = MessageText.content(delta);
        if (text == null || text.isEmpty()) {
            return null;
        }
        content.append(text);
        accumulatedChars += text.length();
        sawText = true;
        return text;
    }

    /** Characters of text, reasoning and tool-call arguments held so far. */
    public long accumulatedChars() {
        return accumulatedChars;
    }

    /** Whether choice 0 has received a finish reason: the only sign that a stream is complete. */
    public boolean isFinished() {
        return finishReason != null;
    }

    /** The finish reason choice 0 carried in the chunk last given to {@link #accept}, or null. */
    public String chunkFinishReason() {
        return chunkFinishReason;
    }

    public String id() {
        return id;
    }

    public String model() {
        return model;
    }

    public String finishReason() {
        return finishReason;
    }

    /** The text of choice 0 so far; empty, never null. */
    public String content() {
        return content.toString();
    }

    /** The result so far, in the same form as a non-streaming answer. */
    public ChatCompletionResponse toResponse() {
        ChatCompletionChoice choice = new ChatCompletionChoice(0, "assistant", sawText ? content.toString() : null,
                reasoning == null ? null : reasoning.toString(), finishReason,
                toolCalls.isEmpty() ? null : toolCalls.result());
        return new ChatCompletionResponse(id, model, created, List.of(choice), usage);
    }

    private static String nonEmpty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
