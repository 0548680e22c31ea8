package io.camelchat.chatcompletion.examples.gateway;

import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Answers a chat completion request deterministically from the request itself: the reply repeats the last user
 * message, and token usage counts words. Checks the Bearer key, and wraps the answer in the vendor envelope unless the
 * gateway runs in plain OpenAI mode.
 */
final class ChatAnswerTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "chat-answer";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String apiKey;
    private final boolean envelope;
    private final AtomicLong ids = new AtomicLong();

    ChatAnswerTransformer(String apiKey, boolean envelope) {
        this.apiKey = apiKey;
        this.envelope = envelope;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String authorization = serveEvent.getRequest().getHeader("Authorization");
        if (!("Bearer " + apiKey).equals(authorization)) {
            return json(401, error("401", "invalid or missing API key"));
        }
        JsonNode request;
        try {
            request = MAPPER.readTree(serveEvent.getRequest().getBodyAsString());
        } catch (Exception e) {
            return json(400, error("400", "request body is not JSON"));
        }
        if (!request.path("messages").isArray() || request.path("messages").isEmpty()) {
            return json(400, error("400", "messages is required"));
        }
        return json(200, answer(request));
    }

    private String answer(JsonNode request) {
        String prompt = lastUserMessage(request.get("messages"));
        String reply = "You said: " + prompt;
        int promptTokens = words(request.get("messages").toString());
        int completionTokens = words(reply);
        ObjectNode completion = MAPPER.createObjectNode()
                .put("id", "chatcmpl-gw-" + ids.incrementAndGet())
                .put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000)
                .put("model", request.path("model").asText("unknown"));
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", reply);
        choice.put("finish_reason", "stop");
        completion.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        if (!envelope) {
            return completion.toString();
        }
        ObjectNode wrapped = MAPPER.createObjectNode().put("success", true).put("code", "200")
                .put("message", "successful");
        wrapped.set("data", completion);
        return wrapped.toString();
    }

    private String error(String code, String message) {
        if (envelope) {
            return MAPPER.createObjectNode().put("success", false).put("code", code).put("message", message)
                    .putNull("data").toString();
        }
        ObjectNode body = MAPPER.createObjectNode();
        body.putObject("error").put("message", message).put("type", "invalid_request_error").put("code", code);
        return body.toString();
    }

    private static String lastUserMessage(JsonNode messages) {
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

    private static ResponseDefinition json(int status, String body) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }
}
