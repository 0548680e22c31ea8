package io.camelchat.chatcompletion.examples.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the gateway's response bodies: a completion (in the vendor envelope or plain), an SSE stream in OpenAI chunk
 * format, and error bodies.
 */
final class ChatBodies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final boolean envelope;

    ChatBodies(boolean envelope) {
        this.envelope = envelope;
    }

    String completion(String id, ChatAnswer answer) {
        ObjectNode completion = header(id, "chat.completion", answer.model());
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", answer.reply());
        choice.put("finish_reason", "stop");
        usage(completion, answer);
        if (!envelope) {
            return completion.toString();
        }
        ObjectNode wrapped = MAPPER.createObjectNode().put("success", true).put("code", "200")
                .put("message", "successful");
        wrapped.set("data", completion);
        return wrapped.toString();
    }

    /**
     * An OpenAI chunk stream: a role chunk, one chunk per word, a finish chunk, a usage chunk with
     * {@code choices: []} when asked for, then {@code [DONE]}. With {@code dropAfter} >= 0 the stream stops after
     * that many word chunks, without finish chunk or {@code [DONE]}, as a dropped connection leaves it.
     */
    String stream(String id, ChatAnswer answer, boolean includeUsage, int dropAfter) {
        StringBuilder sse = new StringBuilder();
        ObjectNode role = chunk(id, answer);
        role.withArray("choices").addObject().put("index", 0).putNull("finish_reason")
                .putObject("delta").put("role", "assistant").put("content", "");
        event(sse, role.toString());
        int sent = 0;
        for (String delta : answer.deltas()) {
            if (dropAfter >= 0 && sent == dropAfter) {
                return sse.toString();
            }
            ObjectNode text = chunk(id, answer);
            text.withArray("choices").addObject().put("index", 0).putNull("finish_reason")
                    .putObject("delta").put("content", delta);
            event(sse, text.toString());
            sent++;
        }
        ObjectNode finish = chunk(id, answer);
        finish.withArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        event(sse, finish.toString());
        if (includeUsage) {
            ObjectNode usage = chunk(id, answer);
            usage.putArray("choices");
            usage(usage, answer);
            event(sse, usage.toString());
        }
        event(sse, "[DONE]");
        return sse.toString();
    }

    /** An error in the server's format: the envelope with success false, or OpenAI's error object. */
    String error(String code, String type, String message) {
        if (envelope) {
            return MAPPER.createObjectNode().put("success", false).put("code", code).put("message", message)
                    .putNull("data").toString();
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("error").put("message", message).put("type", type).put("code", code);
        return body.toString();
    }

    private ObjectNode chunk(String id, ChatAnswer answer) {
        return header(id, "chat.completion.chunk", answer.model());
    }

    private static ObjectNode header(String id, String object, String model) {
        return MAPPER.createObjectNode().put("id", id).put("object", object)
                .put("created", System.currentTimeMillis() / 1000).put("model", model);
    }

    private static void usage(ObjectNode node, ChatAnswer answer) {
        node.putObject("usage").put("prompt_tokens", answer.promptTokens())
                .put("completion_tokens", answer.completionTokens()).put("total_tokens", answer.totalTokens());
    }

    private static void event(StringBuilder sse, String data) {
        sse.append("data: ").append(data).append("\n\n");
    }
}
