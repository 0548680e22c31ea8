package io.camelchat.chatcompletion.response;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;

/**
 * A successful answer: the normalised response, the unwrapped OpenAI payload, the envelope it came in (or null) and
 * the HTTP status.
 */
public record ChatResult(ChatCompletionResponse response, JsonNode payload, Envelope envelope, int httpStatus) {
}
