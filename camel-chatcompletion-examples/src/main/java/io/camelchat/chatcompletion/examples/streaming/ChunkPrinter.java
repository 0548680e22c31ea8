package io.camelchat.chatcompletion.examples.streaming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Body;
import org.apache.camel.Header;

/**
 * Prints each streamed chunk on the console the moment the split hands it over, and remembers when it came, so the
 * example can show that the text arrived piece by piece.
 */
public final class ChunkPrinter {

    /**
     * One chunk as it arrived.
     *
     * @param index      its position in the stream
     * @param text       its text
     * @param arrivedAtNanos {@link System#nanoTime()} on arrival
     */
    public record Chunk(int index, String text, long arrivedAtNanos) {
    }

    private final List<Chunk> chunks = new CopyOnWriteArrayList<>();

    /** Called by the split for each chunk. */
    public void onChunk(@Body String text, @Header(ChatCompletionConstants.CHUNK_INDEX) Integer index) {
        if (chunks.isEmpty()) {
            System.out.print("[streaming] > ");
        }
        chunks.add(new Chunk(index == null ? chunks.size() : index, text, System.nanoTime()));
        System.out.print(text);
        System.out.flush();
    }

    /** Called once the split has consumed the whole stream. */
    public void streamEnded() {
        System.out.println();
    }

    public List<Chunk> chunks() {
        return List.copyOf(chunks);
    }

    public void clear() {
        chunks.clear();
    }
}
