package io.camelchat.chatcompletion.request;

import io.camelchat.chatcompletion.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.model.ChatCompletionRequest;
import io.camelchat.chatcompletion.model.ChatMessage;

/**
 * Builds the JSON request from the exchange body and the options in force. Accepted bodies: a String prompt; a
 * {@code List} of messages ({@link ChatMessage}s or {@code Map}s) or a JSON array of them; a full request as a JSON
 * String, bytes or InputStream, a {@code Map}, a {@link ChatCompletionRequest} or a Jackson {@code ObjectNode}. A full
 * request keeps every field it sets; options only fill the fields it leaves unset.
 */
public final class RequestFactory {

    private static final String EXPECTED = "expected a String prompt, a List of messages, a JSON array of messages, "
                                           + "or a full request (JSON String, byte[], InputStream, Map, "
                                           + "ChatCompletionRequest or ObjectNode)";

    private RequestFactory() {
    }

    /** Builds the request, or fails with an IllegalArgumentException that says what was wrong with the input. */
    public static PreparedRequest create(Object body, RequestOptions options, ChatCompletionConfiguration config) {
        ObjectNode request = toRequest(body, options);
        fillOptions(request, options, config);
        if (!request.hasNonNull("model") || request.get("model").asText().isBlank()) {
            throw new IllegalArgumentException(
                    "No model to call: set the endpoint path (chatcompletion:<model>), the CamelChatCompletionModel "
                                               + "header, or model in the request body");
        }
        try {
            return new PreparedRequest(Json.MAPPER.writeValueAsBytes(request), request.get("model").asText(),
                    request.path("stream").asBoolean(false));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode toRequest(Object body, RequestOptions options) {
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: " + EXPECTED);
        }
        if (body instanceof String text) {
            return fromText(text, options);
        }
        if (body instanceof byte[] bytes) {
            return fromJson(parse(bytes), options);
        }
        if (body instanceof InputStream stream) {
            try {
                return fromJson(parse(stream.readAllBytes()), options);
            } catch (IOException e) {
                throw new IllegalArgumentException("The body stream cannot be read: " + e.getMessage(), e);
            }
        }
        if (body instanceof JsonNode node) {
            return fromJson(node.deepCopy(), options);
        }
        if (body instanceof ChatCompletionRequest || body instanceof Map) {
            return fromJson(Json.MAPPER.valueToTree(body), options);
        }
        if (body instanceof List<?> messages) {
            return withMessages(messageArray(messages), options);
        }
        if (body instanceof ChatMessage message) {
            return withMessages(messageArray(List.of(message)), options);
        }
        throw new IllegalArgumentException("Unsupported body type " + body.getClass().getName() + ": " + EXPECTED);
    }

    /** A String is a prompt unless it is a JSON request or message array; text that only looks like JSON is a prompt. */
    private static ObjectNode fromText(String text, RequestOptions options) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The message body is an empty String: " + EXPECTED);
        }
        boolean claimsToBeRequest = trimmed.startsWith("{") && trimmed.contains("\"messages\"");
        boolean mayBeMessages = trimmed.startsWith("[") && trimmed.contains("\"role\"");
        if (claimsToBeRequest || mayBeMessages) {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(trimmed);
            } catch (JsonProcessingException e) {
                if (claimsToBeRequest) {
                    throw new IllegalArgumentException(
                            "The body looks like a JSON request but is malformed: " + e.getOriginalMessage(), e);
                }
                node = null;
            }
            if (node != null && (node.isObject() || isMessageArray(node))) {
                return fromJson(node, options);
            }
        }
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        messages.addObject().put("role", "user").put("content", text);
        return withMessages(messages, options);
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            JsonNode node = Json.parse(bytes, bytes.length);
            if (node == null) {
                throw new IllegalArgumentException("The message body is empty: " + EXPECTED);
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("The body is not valid JSON: " + e.getMessage() + "; " + EXPECTED, e);
        }
    }

    private static ObjectNode fromJson(JsonNode node, RequestOptions options) {
        if (node.isArray()) {
            if (!isMessageArray(node)) {
                throw new IllegalArgumentException("A JSON array body must hold message objects with a role");
            }
            return withMessages((ArrayNode) node, options);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("The JSON body is a " + node.getNodeType() + ": " + EXPECTED);
        }
        JsonNode messages = node.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new IllegalArgumentException("A full request needs a non-empty messages array");
        }
        return (ObjectNode) node;
    }

    private static boolean isMessageArray(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            return false;
        }
        for (JsonNode element : node) {
            if (!element.isObject() || !element.hasNonNull("role")) {
                return false;
            }
        }
        return true;
    }

    private static ArrayNode messageArray(List<?> messages) {
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("The message list is empty");
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Object message : messages) {
            if (!(message instanceof ChatMessage) && !(message instanceof Map) && !(message instanceof ObjectNode)) {
                throw new IllegalArgumentException("Unsupported message type "
                                                   + (message == null ? "null" : message.getClass().getName())
                                                   + ": expected ChatMessage or Map with role and content");
            }
            JsonNode node = Json.MAPPER.valueToTree(message);
            if (!node.hasNonNull("role")) {
                throw new IllegalArgumentException("A message has no role: " + node);
            }
            array.add(node);
        }
        return array;
    }

    /** A request built by the component from messages: the system message goes first unless one is there. */
    private static ObjectNode withMessages(ArrayNode messages, RequestOptions options) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.putNull("model");
        if (options.systemMessage() != null && !hasSystemMessage(messages)) {
            messages.insertObject(0).put("role", "system").put("content", options.systemMessage());
        }
        request.set("messages", messages);
        return request;
    }

    private static boolean hasSystemMessage(ArrayNode messages) {
        for (JsonNode message : messages) {
            if ("system".equals(message.path("role").asText())) {
                return true;
            }
        }
        return false;
    }

    private static void fillOptions(ObjectNode request, RequestOptions options, ChatCompletionConfiguration config) {
        fill(request, "model", options.model());
        fill(request, "temperature", options.temperature());
        fill(request, "top_p", options.topP());
        fill(request, "max_tokens", options.maxTokens());
        fill(request, "max_completion_tokens", options.maxCompletionTokens());
        fill(request, "user", options.user());
        if (options.stream()) {
            fill(request, "stream", Boolean.TRUE);
        }
        if (request.path("stream").asBoolean(false) && config.isIncludeUsage() && !request.hasNonNull("stream_options")) {
            request.putObject("stream_options").put("include_usage", true);
        }
        config.getExtraBody().forEach((field, value) -> fill(request, field,
                value instanceof String text ? ExtraBodyValue.parse(text) : value));
    }

    private static void fill(ObjectNode request, String field, Object value) {
        if (value != null && !request.hasNonNull(field)) {
            request.set(field, Json.MAPPER.valueToTree(value));
        }
    }
}
