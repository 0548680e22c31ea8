package io.camelchat.chatcompletion.response;

import io.camelchat.chatcompletion.json.Json;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.OutputFormat;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import org.apache.camel.Message;
import org.apache.camel.RuntimeCamelException;

/**
 * Writes a successful answer onto the message: the body in the chosen output format, and the answer's metadata as
 * headers. Output headers left over from an earlier call in the same route are removed when the call starts, so every
 * header describes this answer.
 */
public final class ExchangeMapper {

    private static final List<String> OUTPUT_HEADERS = List.of(
            ChatCompletionConstants.ID, ChatCompletionConstants.RESPONSE_MODEL, ChatCompletionConstants.CREATED,
            ChatCompletionConstants.FINISH_REASON, ChatCompletionConstants.PROMPT_TOKENS,
            ChatCompletionConstants.COMPLETION_TOKENS, ChatCompletionConstants.TOTAL_TOKENS,
            ChatCompletionConstants.REASONING_CONTENT, ChatCompletionConstants.TOOL_CALLS,
            ChatCompletionConstants.ENVELOPE_SUCCESS, ChatCompletionConstants.ENVELOPE_CODE,
            ChatCompletionConstants.ENVELOPE_MESSAGE, ChatCompletionConstants.CONTENT);

    /** Every header a call writes: removed when a call starts, so that none describes an earlier call. */
    private static final List<String> CALL_HEADERS = List.of(
            ChatCompletionConstants.CHUNK_INDEX, ChatCompletionConstants.CHUNK_COUNT, ChatCompletionConstants.ATTEMPTS,
            ChatCompletionConstants.BUDGET_WAIT, ChatCompletionConstants.SLOT_WAIT,
            ChatCompletionConstants.RATE_LIMIT_REMAINING_REQUESTS, ChatCompletionConstants.RATE_LIMIT_REMAINING_TOKENS,
            ChatCompletionConstants.RATE_LIMIT_RESET_REQUESTS, ChatCompletionConstants.RATE_LIMIT_RESET_TOKENS,
            ChatCompletionConstants.HTTP_RESPONSE_CODE, ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS);

    private ExchangeMapper() {
    }

    /** Removes the headers an earlier call left on the message: a new call's headers describe only that call. */
    public static void clearCallHeaders(Message message) {
        if (!message.hasHeaders()) {
            return;
        }
        OUTPUT_HEADERS.forEach(message::removeHeader);
        CALL_HEADERS.forEach(message::removeHeader);
    }

    public static void apply(ChatResult result, OutputFormat format, Message message) {
        message.setBody(body(result, format));
        applyHeaders(result, message);
    }

    /**
     * Sets the headers that describe the answer, leaving the body alone, on the message whose headers
     * {@link #clearCallHeaders} cleared when the call started.
     */
    public static void applyHeaders(ChatResult result, Message message) {
        ChatCompletionResponse response = result.response();
        setIfPresent(message, ChatCompletionConstants.ID, response.id());
        setIfPresent(message, ChatCompletionConstants.RESPONSE_MODEL, response.model());
        setIfPresent(message, ChatCompletionConstants.CREATED, response.created());
        setIfPresent(message, ChatCompletionConstants.FINISH_REASON, response.finishReason());
        ChatCompletionUsage usage = response.usage();
        if (usage != null) {
            setIfPresent(message, ChatCompletionConstants.PROMPT_TOKENS, usage.promptTokens());
            setIfPresent(message, ChatCompletionConstants.COMPLETION_TOKENS, usage.completionTokens());
            setIfPresent(message, ChatCompletionConstants.TOTAL_TOKENS, usage.totalTokens());
        }
        setIfPresent(message, ChatCompletionConstants.REASONING_CONTENT, response.reasoningContent());
        setIfPresent(message, ChatCompletionConstants.TOOL_CALLS, response.toolCalls());
        message.setHeader(ChatCompletionConstants.CONTENT, response.content() == null ? "" : response.content());
        Envelope envelope = result.envelope();
        if (envelope != null) {
            message.setHeader(ChatCompletionConstants.ENVELOPE_SUCCESS, envelope.success());
            setIfPresent(message, ChatCompletionConstants.ENVELOPE_CODE, envelope.code());
            setIfPresent(message, ChatCompletionConstants.ENVELOPE_MESSAGE, envelope.message());
        }
        message.setHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE, result.httpStatus());
    }

    private static Object body(ChatResult result, OutputFormat format) {
        return switch (format) {
            case content -> result.response().content();
            case response -> result.response();
            case json -> toJson(result);
        };
    }

    private static String toJson(ChatResult result) {
        try {
            return Json.MAPPER.writeValueAsString(
                    result.payload() != null ? result.payload() : ResponseMapper.toPayload(result.response()));
        } catch (JsonProcessingException e) {
            throw new RuntimeCamelException(e);
        }
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
