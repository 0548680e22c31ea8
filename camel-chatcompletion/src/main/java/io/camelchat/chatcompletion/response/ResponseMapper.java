package io.camelchat.chatcompletion.response;

import io.camelchat.chatcompletion.json.Json;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.model.ChatCompletionChoice;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;

/**
 * Maps an OpenAI {@code chat.completion} payload (already out of any envelope) to a {@link ChatCompletionResponse}.
 */
public final class ResponseMapper {

    private ResponseMapper() {
    }

    public static ChatCompletionResponse map(JsonNode payload) {
        List<ChatCompletionChoice> choices = new ArrayList<>();
        JsonNode choiceNodes = payload.get("choices");
        if (choiceNodes != null && choiceNodes.isArray()) {
            int position = 0;
            for (JsonNode choice : choiceNodes) {
                choices.add(choice(choice, position++));
            }
        }
        return new ChatCompletionResponse(
                Json.text(payload, "id"), Json.text(payload, "model"), Json.longValue(payload, "created"),
                choices, usage(payload.get("usage")));
    }

    /** The OpenAI chat.completion form of a response, for answers that were streamed and so have no payload. */
    public static ObjectNode toPayload(ChatCompletionResponse response) {
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.put("id", response.id()).put("object", "chat.completion").put("created", response.created())
                .put("model", response.model());
        ArrayNode choices = payload.putArray("choices");
        for (ChatCompletionChoice choice : response.choices()) {
            ObjectNode node = choices.addObject().put("index", choice.index());
            ObjectNode message = node.putObject("message").put("role", choice.role()).put("content", choice.content());
            if (choice.reasoningContent() != null) {
                message.put("reasoning_content", choice.reasoningContent());
            }
            if (choice.toolCalls() != null) {
                ArrayNode calls = message.putArray("tool_calls");
                for (ChatCompletionToolCall call : choice.toolCalls()) {
                    calls.addObject().put("id", call.id()).put("type", call.type()).putObject("function")
                            .put("name", call.name()).put("arguments", call.arguments());
                }
            }
            node.put("finish_reason", choice.finishReason());
        }
        ChatCompletionUsage usage = response.usage();
        if (usage != null) {
            payload.putObject("usage").put("prompt_tokens", usage.promptTokens())
                    .put("completion_tokens", usage.completionTokens()).put("total_tokens", usage.totalTokens());
        }
        return payload;
    }

    /** Usage from a {@code usage} object, or null when the server sent none. */
    public static ChatCompletionUsage usage(JsonNode usage) {
        if (usage == null || !usage.isObject()) {
            return null;
        }
        return new ChatCompletionUsage(
                Json.integer(usage, "prompt_tokens"), Json.integer(usage, "completion_tokens"),
                Json.integer(usage, "total_tokens"));
    }

    private static ChatCompletionChoice choice(JsonNode choice, int position) {
        JsonNode message = choice.get("message");
        Integer index = Json.integer(choice, "index");
        return new ChatCompletionChoice(
                index == null ? position : index,
                Json.text(message, "role"),
                MessageText.content(message),
                MessageText.reasoning(message),
                Json.text(choice, "finish_reason"),
                toolCalls(message == null ? null : message.get("tool_calls")));
    }

    private static List<ChatCompletionToolCall> toolCalls(JsonNode calls) {
        if (calls == null || !calls.isArray()) {
            return null;
        }
        List<ChatCompletionToolCall> result = new ArrayList<>(calls.size());
        for (JsonNode call : calls) {
            JsonNode function = call.get("function");
            JsonNode arguments = function == null ? null : function.get("arguments");
            String argumentText = arguments == null || arguments.isNull() ? null
                    : arguments.isTextual() ? arguments.asText() : arguments.toString();
            result.add(new ChatCompletionToolCall(result.size(), Json.text(call, "id"), Json.text(call, "type"),
                    Json.text(function, "name"), argumentText));
        }
        return result;
    }
}
