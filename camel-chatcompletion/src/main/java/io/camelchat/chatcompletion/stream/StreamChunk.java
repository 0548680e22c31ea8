package io.camelchat.chatcompletion.stream;

/**
 * One non-empty text piece of choice 0, with what was known about the answer when it arrived.
 *
 * @param index        0-based position of the piece in the stream
 * @param text         the delta text, never empty
 * @param id           the completion id known so far, or null
 * @param model        the model known so far, or null
 * @param finishReason the finish reason when the chunk that carried this text also carried it, else null
 */
public record StreamChunk(int index, String text, String id, String model, String finishReason) {
}
