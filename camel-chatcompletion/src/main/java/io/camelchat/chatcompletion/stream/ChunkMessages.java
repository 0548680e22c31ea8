package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultMessage;

/**
 * Builds the message of one chunk exchange: the original message's headers, the chunk text as body, and the chunk
 * headers.
 */
final class ChunkMessages {

    private ChunkMessages() {
    }

    static Message create(Message original, StreamChunk chunk) {
        DefaultMessage message = new DefaultMessage(original.getExchange().getContext());
        message.copyFromWithNewBody(original, chunk.text());
        message.setHeader(ChatCompletionConstants.CHUNK_INDEX, chunk.index());
        setIfPresent(message, ChatCompletionConstants.ID, chunk.id());
        setIfPresent(message, ChatCompletionConstants.RESPONSE_MODEL, chunk.model());
        setIfPresent(message, ChatCompletionConstants.FINISH_REASON, chunk.finishReason());
        return message;
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
