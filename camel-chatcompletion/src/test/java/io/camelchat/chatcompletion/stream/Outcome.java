package io.camelchat.chatcompletion.stream;

import java.util.ArrayList;
import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a decoder told its listener: the chunks in order, then exactly one result or failure. Building it
 * checks the listener contract: chunks first with indexes 0, 1, 2..., then exactly one terminal call, nothing after.
 */
record Outcome(List<StreamChunk> chunks, ChatCompletionResponse result, Failure failure) {

    static Outcome of(List<Object> calls) {
        List<StreamChunk> chunks = new ArrayList<>();
        int i = 0;
        while (i < calls.size() && calls.get(i) instanceof StreamChunk chunk) {
            assertThat(chunk.index()).as("chunk index").isEqualTo(chunks.size());
            chunks.add(chunk);
            i++;
        }
        assertThat(calls.size()).as("exactly one terminal call after the chunks: %s", calls).isEqualTo(i + 1);
        Object terminal = calls.get(i);
        if (terminal instanceof ChatCompletionResponse response) {
            return new Outcome(List.copyOf(chunks), response, null);
        }
        assertThat(terminal).isInstanceOf(ChatCompletionException.class);
        return new Outcome(List.copyOf(chunks), null, Failure.of((ChatCompletionException) terminal));
    }

    List<String> texts() {
        return chunks.stream().map(StreamChunk::text).toList();
    }
}
