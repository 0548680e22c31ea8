package io.camelchat.chatcompletion.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Long SSE scripts for stream tests.
 */
public final class PacedStream {

    private PacedStream() {
    }

    /** The role event then one delta per chunk, "c0 ", "c1 ", ..., without an end: the stream is still going. */
    public static String[] unfinished(int chunks) {
        List<String> events = new ArrayList<>();
        events.add(Sse.role());
        for (int i = 0; i < chunks; i++) {
            events.add(Sse.delta("c" + i + " "));
        }
        return events.toArray(String[]::new);
    }

    /** The texts of {@link #unfinished(int)}'s chunks. */
    public static String[] unfinishedTexts(int chunks) {
        String[] texts = new String[chunks];
        for (int i = 0; i < chunks; i++) {
            texts[i] = "c" + i + " ";
        }
        return texts;
    }
}
