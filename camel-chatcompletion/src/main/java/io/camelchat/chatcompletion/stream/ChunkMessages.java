package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;

/**
 * Builds the message of one chunk exchange: the original message's headers (a route that handles chunks still sees
 * them), the chunk text as body, and the chunk headers.
 */
final class ChunkMessages {

    private ChunkMessages() {
    }

    /** A new message with the original's headers. */
    static Message create(Message original, StreamChunk chunk, int count) {
        DefaultMessage message = new DefaultMessage(original.getExchange().getContext());
        message.copyFromWithNewBody(original, chunk.text());
        setChunkHeaders(message, chunk, count);
        return message;
    }

    /** Turns a copy of the original message (which has its headers already) into the chunk's message. */
    static void fill(Message copy, StreamChunk chunk) {
        copy.setBody(chunk.text());
        setChunkHeaders(copy, chunk, 0);
    }

    /** @param count how many streamed chunks a batch joins; 0 when batching is off (no count header) */
    private static void setChunkHeaders(Message message, StreamChunk chunk, int count) {
        message.setHeader(ChatCompletionConstants.CHUNK_INDEX, chunk.index());
        if (count > 0) {
            message.setHeader(ChatCompletionConstants.CHUNK_COUNT, count);
        }
        setIfPresent(message, ChatCompletionConstants.ID, chunk.id());
        setIfPresent(message, ChatCompletionConstants.RESPONSE_MODEL, chunk.model());
        setIfPresent(message, ChatCompletionConstants.FINISH_REASON, chunk.finishReason());
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
