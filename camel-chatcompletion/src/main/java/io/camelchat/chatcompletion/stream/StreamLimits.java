package io.camelchat.chatcompletion.stream;

/**
 * What one stream may make the client hold.
 *
 * @param maxEventSize      bytes of one SSE line or one event's data
 * @param maxContentSize    characters a stream accumulates: text, reasoning and tool-call arguments together
 */
public record StreamLimits(int maxEventSize, int maxContentSize) {
}
