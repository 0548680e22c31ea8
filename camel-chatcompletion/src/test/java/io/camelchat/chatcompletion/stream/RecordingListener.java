package io.camelchat.chatcompletion.stream;

import java.util.ArrayList;
import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;

/**
 * A {@link StreamListener} that records every call in order: {@link StreamChunk}s, then the
 * {@link ChatCompletionResponse} or the {@link ChatCompletionException}.
 */
final class RecordingListener implements StreamListener {

    final List<Object> calls = new ArrayList<>();

    @Override
    public void onChunk(StreamChunk chunk) {
        calls.add(chunk);
    }

    @Override
    public void onComplete(ChatCompletionResponse result) {
        calls.add(result);
    }

    @Override
    public void onError(ChatCompletionException error) {
        calls.add(error);
    }
}
