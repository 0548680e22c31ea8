package io.camelchat.chatcompletion.model;

/**
 * Token usage of one call; a count is null when the server did not report it.
 */
public record ChatCompletionUsage(Integer promptTokens, Integer completionTokens, Integer totalTokens) {
}
