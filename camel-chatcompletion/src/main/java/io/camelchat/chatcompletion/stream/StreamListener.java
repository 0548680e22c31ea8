package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;

/**
 * Receives a decoded stream: chunks in order, then exactly one of {@link #onComplete} or {@link #onError}. Called on
 * the thread that feeds the decoder (usually an HTTP client I/O thread): implementations must not block.
 */
public interface StreamListener {

    void onChunk(StreamChunk chunk);

    /**
     * Every chunk decoded from one read of the body has been passed to {@link #onChunk}: a listener that hands chunks to
     * another thread may wake it once per read rather than once per chunk.
     */
    default void onReadEnd() {
    }

    /** The stream ended with a finish reason; the result is what a non-streaming call would have returned. */
    void onComplete(ChatCompletionResponse result);

    /** The stream failed; the exception carries the text delivered so far and the finish reason, if any. */
    void onError(ChatCompletionException error);
}
