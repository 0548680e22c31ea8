package io.camelchat.chatcompletion.examples.gateway;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The gateway's deterministic answer to a request: the reply repeats the last user message ("You said: ..."), or, when
 * the request asks for structured output, is JSON that fits its schema ({@link SchemaAnswer}). Token usage counts
 * words (the prompt's over the whole message list, the completion's over the reply).
 *
 * @param model            the model the request named
 * @param reply            the answer text
 * @param promptTokens     words in the request's messages
 * @param completionTokens words in the reply
 */
record ChatAnswer(String model, String reply, int promptTokens, int completionTokens) {

    static ChatAnswer of(JsonNode request) {
        return of(request, false);
    }

    /** With {@code badJson}, a structured answer is replaced by text that is not the JSON asked for. */
    static ChatAnswer of(JsonNode request, boolean badJson) {
        String prompt = lastUserMessage(request.get("messages"));
        String reply = "You said: " + prompt;
        JsonNode schema = SchemaAnswer.schemaOf(request);
        if (schema != null) {
            // the first user message is the task; a repair request's last one is the repair instruction
            String task = firstUserMessage(request.get("messages"));
            reply = badJson ? "Sure! Here is my analysis: {\"sentiment\": \"great\"" : SchemaAnswer.answer(schema, task);
        }
        return new ChatAnswer(request.path("model").asText("unknown"), reply, words(request.get("messages").toString()),
                words(reply));
    }

    int totalTokens() {
        return promptTokens + completionTokens;
    }

    /** The reply cut into stream deltas, one word each, spaces kept so the deltas join to the reply. */
    List<String> deltas() {
        List<String> deltas = new ArrayList<>();
        String[] parts = reply.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            deltas.add(i == 0 ? parts[i] : " " + parts[i]);
        }
        return deltas;
    }

    static String firstUserMessage(JsonNode messages) {
        for (JsonNode message : messages) {
            if ("user".equals(message.path("role").asText())) {
                return message.path("content").asText("");
            }
        }
        return "";
    }

    static String lastUserMessage(JsonNode messages) {
        String last = "";
        for (JsonNode message : messages) {
            if ("user".equals(message.path("role").asText())) {
                last = message.path("content").asText("");
            }
        }
        return last;
    }

    private static int words(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
