package io.camelchat.chatcompletion.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.camelchat.chatcompletion.EnvelopeMode;
import io.camelchat.chatcompletion.http.ResponseHead;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds bytes into a {@link StreamDecoder} in different ways and returns what its listener saw. */
final class Decode {

    /** Inputs up to this length are also fed split at every single offset. */
    private static final int EVERY_OFFSET_LIMIT = 64 * 1024;

    static final ResponseHead HEAD = new ResponseHead(200, "OK", Map.of("Content-Type", "text/event-stream"));
    static final StreamLimits LIMITS = new StreamLimits(16 * 1024 * 1024, 64 * 1024 * 1024);

    private Decode() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON text written with single quotes for readability: every {@code '} becomes {@code "}. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** {@code data: <json>} plus the blank line that dispatches it; the JSON is given with single quotes. */
    static String data(String singleQuotedJson) {
        return "data: " + json(singleQuotedJson) + "\n\n";
    }

    static final String DONE = "data: [DONE]\n\n";

    /** Feeds {@code input} in one piece, then ends the body. */
    static Outcome whole(EnvelopeMode mode, byte[] input) {
        return splitAt(mode, input);
    }

    /** Feeds {@code input} in pieces ending at the given ascending offsets (and at the end), then ends the body. */
    static Outcome splitAt(EnvelopeMode mode, byte[] input, int... cuts) {
        RecordingListener listener = new RecordingListener();
        StreamDecoder decoder = new StreamDecoder(HEAD, mode, LIMITS, listener, () -> {
        });
        int start = 0;
        for (int cut : cuts) {
            decoder.feed(ByteBuffer.wrap(input, start, cut - start));
            start = cut;
        }
        decoder.feed(ByteBuffer.wrap(input, start, input.length - start));
        decoder.end();
        return Outcome.of(listener.calls);
    }

    /** Feeds {@code input} {@code size} bytes at a time, then ends the body. */
    static Outcome inPieces(EnvelopeMode mode, byte[] input, int size) {
        RecordingListener listener = new RecordingListener();
        StreamDecoder decoder = new StreamDecoder(HEAD, mode, LIMITS, listener, () -> {
        });
        for (int i = 0; i < input.length; i += size) {
            decoder.feed(ByteBuffer.wrap(input, i, Math.min(size, input.length - i)));
        }
        decoder.end();
        return Outcome.of(listener.calls);
    }

    /**
     * Feeds {@code input} whole, split at every single offset (inputs up to 64 KiB) and one byte at a time, asserts
     * that every way gives the same outcome, and returns it.
     */
    static Outcome allWays(EnvelopeMode mode, byte[] input) {
        Outcome whole = whole(mode, input);
        if (input.length <= EVERY_OFFSET_LIMIT) {
            for (int i = 0; i <= input.length; i++) {
                assertThat(splitAt(mode, input, i)).as("split at %d", i).isEqualTo(whole);
            }
        }
        assertThat(inPieces(mode, input, 1)).as("one byte at a time").isEqualTo(whole);
        return whole;
    }

    static Outcome allWays(String input) {
        return allWays(EnvelopeMode.auto, utf8(input));
    }
}
