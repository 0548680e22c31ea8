package io.camelchat.chatcompletion.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.model.ChatCompletionToolCall;

/**
 * Builds tool calls from streamed deltas (client contract rule 8): deltas are grouped by their {@code index}; id, type
 * and name come from the first delta that has them; argument fragments are concatenated; a different non-empty id at
 * an index in use starts a new call. A delta without an index continues the latest call unless its id is new.
 */
final class ToolCallAccumulator {

    private static final class Builder {
        String id;
        String type;
        String name;
        final StringBuilder arguments = new StringBuilder();
        boolean hasArguments;
    }

    private final List<Builder> calls = new ArrayList<>();
    private final Map<Integer, Builder> byIndex = new HashMap<>();

    /** Takes one chunk's tool-call deltas; returns the characters of arguments they added. */
    int accept(JsonNode toolCallDeltas) {
        int added = 0;
        for (JsonNode delta : toolCallDeltas) {
            Builder call = target(delta);
            String id = Json.text(delta, "id");
            if (call.id == null && id != null && !id.isEmpty()) {
                call.id = id;
            }
            if (call.type == null) {
                call.type = Json.text(delta, "type");
            }
            JsonNode function = delta.get("function");
            if (function != null) {
                if (call.name == null) {
                    call.name = Json.text(function, "name");
                }
                JsonNode arguments = function.get("arguments");
                if (arguments != null && !arguments.isNull()) {
                    String piece = arguments.isTextual() ? arguments.asText() : arguments.toString();
                    call.arguments.append(piece);
                    call.hasArguments = true;
                    added += piece.length();
                }
            }
        }
        return added;
    }

    private Builder target(JsonNode delta) {
        String id = Json.text(delta, "id");
        boolean hasId = id != null && !id.isEmpty();
        Integer index = Json.integer(delta, "index");
        Builder current = index != null ? byIndex.get(index) : calls.isEmpty() ? null : calls.get(calls.size() - 1);
        if (current == null || hasId && current.id != null && !current.id.equals(id)) {
            current = new Builder();
            calls.add(current);
            if (index != null) {
                byIndex.put(index, current);
            }
        }
        return current;
    }

    boolean isEmpty() {
        return calls.isEmpty();
    }

    List<ChatCompletionToolCall> result() {
        List<ChatCompletionToolCall> result = new ArrayList<>(calls.size());
        for (Builder call : calls) {
            result.add(new ChatCompletionToolCall(result.size(), call.id, call.type, call.name,
                    call.hasArguments ? call.arguments.toString() : null));
        }
        return result;
    }
}
