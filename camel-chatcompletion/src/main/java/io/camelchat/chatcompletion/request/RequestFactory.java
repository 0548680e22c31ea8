package io.camelchat.chatcompletion.request;

import io.camelchat.chatcompletion.json.Json;
import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.InputFormat;
import io.camelchat.chatcompletion.ResponseFormat;
import io.camelchat.chatcompletion.model.ChatCompletionRequest;
import io.camelchat.chatcompletion.model.ChatMessage;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.StreamCache;
import org.apache.camel.WrappedFile;

/**
 * Builds the JSON request from the exchange body and the options in force. Structured bodies: a {@code List} of
 * messages ({@link ChatMessage}s or {@code Map}s), a full request as a {@code Map}, a {@link ChatCompletionRequest} or a
 * Jackson {@code JsonNode}. A text body (String or other CharSequence, bytes, streams, readers, files, stream caches)
 * is converted with Camel's type converters and read as the endpoint's {@link InputFormat} says: by default a prompt.
 * Any other body fails with Camel's {@link InvalidPayloadException}. A full
 * request keeps every field it sets, and options only fill the fields it leaves unset, unless enforceOptions is on.
 */
public final class RequestFactory {

    private static final String EXPECTED = "expected a text prompt, a List of messages, or a full request (Map, "
                                           + "ChatCompletionRequest or JsonNode; JSON text with inputFormat=request)";

    private static final String[] COMPLETION_LIMITS = { "max_completion_tokens", "max_tokens" };

    private RequestFactory() {
    }

    /**
     * The request as JSON, with the options in force filled in; structured output adds its part to it before
     * {@link #prepare(ObjectNode, ChatCompletionConfiguration)}. Fails with an IllegalArgumentException that says what
     * was wrong with the input, or Camel's InvalidPayloadException for a body that cannot be read as text.
     */
    public static ObjectNode build(Message message, RequestOptions options, ChatCompletionConfiguration config)
            throws InvalidPayloadException {
        ObjectNode request = toRequest(message, options, config.getInputFormat());
        fillOptions(request, options, config);
        if (!request.hasNonNull("model") || request.get("model").asText().isBlank()) {
            throw new IllegalArgumentException(
                    "No model to call: set the endpoint path (chatcompletion:<model>), the CamelChatCompletionModel "
                                               + "header, or model in the request body");
        }
        return request;
    }

    /** Writes a built request: the body to send, and what it says about the call. */
    public static PreparedRequest prepare(ObjectNode request, ChatCompletionConfiguration config) {
        try {
            byte[] body = Json.MAPPER.writeValueAsBytes(request);
            return new PreparedRequest(body, request.get("model").asText(), request.path("stream").asBoolean(false),
                    body.length / 4 + completionTokens(request, config));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The completion tokens a call may use: its own limit, or the configured estimate. */
    private static long completionTokens(ObjectNode request, ChatCompletionConfiguration config) {
        for (String limit : COMPLETION_LIMITS) {
            if (request.path(limit).canConvertToLong()) {
                return request.get(limit).asLong();
            }
        }
        return config.getEstimatedCompletionTokens();
    }

    private static ObjectNode toRequest(Message message, RequestOptions options, InputFormat format)
            throws InvalidPayloadException {
        Object body = message.getBody();
        if (body == null) {
            throw new IllegalArgumentException("The message body is empty: " + EXPECTED);
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
        if (body instanceof ChatMessage chatMessage) {
            return withMessages(messageArray(List.of(chatMessage)), options);
        }
        String text = isText(body) ? message.getBody(String.class) : null;
        if (text == null) {
            throw new InvalidPayloadException(message.getExchange(), String.class, message);
        }
        return fromText(text, options, format);
    }

    /** Bodies that hold text, which Camel's converters read (with the exchange's charset for bytes). */
    private static boolean isText(Object body) {
        return body instanceof CharSequence || body instanceof byte[] || body instanceof InputStream
               || body instanceof Reader || body instanceof ByteBuffer || body instanceof StreamCache
               || body instanceof WrappedFile<?> || body instanceof File || body instanceof Path;
    }

    private static ObjectNode fromText(String text, RequestOptions options, InputFormat format) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("The message body is empty text: " + EXPECTED);
        }
        return switch (format) {
            case prompt -> prompt(text, options);
            case request -> fromJson(parse(trimmed), options);
            case auto -> sniff(text, trimmed, options);
        };
    }

    private static ObjectNode prompt(String text, RequestOptions options) {
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        messages.addObject().put("role", "user").put("content", text);
        return withMessages(messages, options);
    }

    /** inputFormat=auto: a JSON request or message array is one; text that only looks like JSON is a prompt. */
    private static ObjectNode sniff(String text, String trimmed, RequestOptions options) {
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
        return prompt(text, options);
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not valid JSON (inputFormat=request): "
                                               + e.getOriginalMessage(), e);
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
        boolean enforce = config.isEnforceOptions();
        fill(request, "model", options.model(), enforce);
        fill(request, "temperature", options.temperature(), enforce);
        fill(request, "top_p", options.topP(), enforce);
        fill(request, "max_tokens", options.maxTokens(), enforce);
        fill(request, "max_completion_tokens", options.maxCompletionTokens(), enforce);
        fill(request, "user", options.user(), enforce);
        if (enforce) {
            request.put("stream", options.stream());
            enforceSystemMessage(request, options.systemMessage());
        } else if (options.stream()) {
            fill(request, "stream", Boolean.TRUE, false);
        }
        if (request.path("stream").asBoolean(false) && config.isIncludeUsage() && !request.hasNonNull("stream_options")) {
            request.putObject("stream_options").put("include_usage", true);
        }
        if (config.getResponseFormat() == ResponseFormat.text || config.getResponseFormat() == ResponseFormat.json_object) {
            fill(request, "response_format", Map.of("type", config.getResponseFormat().name()), enforce);
        }
        config.getExtraBody().forEach((field, value) -> fill(request, field,
                value instanceof String text ? ExtraBodyValue.parse(text) : value, enforce));
    }

    /** Sets the field when the request leaves it unset, or always when the endpoint enforces its options. */
    private static void fill(ObjectNode request, String field, Object value, boolean enforce) {
        if (value != null && (enforce || !request.hasNonNull(field))) {
            request.set(field, Json.MAPPER.valueToTree(value));
        }
    }

    /** The endpoint's system message goes first, unless the request already starts with exactly it. */
    private static void enforceSystemMessage(ObjectNode request, String systemMessage) {
        if (systemMessage == null) {
            return;
        }
        ArrayNode messages = (ArrayNode) request.get("messages");
        JsonNode first = messages.get(0);
        if (!"system".equals(first.path("role").asText()) || !systemMessage.equals(first.path("content").asText())) {
            messages.insertObject(0).put("role", "system").put("content", systemMessage);
        }
    }
}
