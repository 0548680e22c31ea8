package io.camelchat.chatcompletion.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helpers: feed the same bytes in many different ways and check that the outcome never changes. */
final class SseTestSupport {

    /** Everything observable about one parse: the events, the endOfInput() result and the comment count. */
    record Result(List<SseEvent> events, boolean truncated, long comments) {
    }

    /** Inputs up to this length are also fed split at every pair of offsets (three feeds). */
    private static final int PAIR_SPLIT_LIMIT = 160;

    private SseTestSupport() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int pos = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }

    static SseEvent event(String type, String data) {
        return new SseEvent(type, data);
    }

    static SseEvent data(String data) {
        return new SseEvent(null, data);
    }

    /** Events of {@code input} after checking that every way of splitting it yields the same result. */
    static List<SseEvent> events(String input) {
        return parseAllSplits(utf8(input)).events();
    }

    /**
     * Parses {@code input} fed whole, split at every single offset, split at every pair of offsets (short
     * inputs), one byte at a time, and through heap/direct ByteBuffers; asserts identical results and
     * returns the result.
     */
    static Result parseAllSplits(byte[] input) {
        Result whole = parseSplitAt(input);
        for (int i = 0; i <= input.length; i++) {
            assertThat(parseSplitAt(input, i)).as("split at %d", i).isEqualTo(whole);
        }
        if (input.length <= PAIR_SPLIT_LIMIT) {
            for (int i = 0; i <= input.length; i++) {
                for (int j = i; j <= input.length; j++) {
                    assertThat(parseSplitAt(input, i, j)).as("split at %d and %d", i, j).isEqualTo(whole);
                }
            }
        }
        assertThat(parseInPieces(input, 1)).as("one byte at a time").isEqualTo(whole);
        assertThat(parseByteBuffers(input, false)).as("heap ByteBuffer slices").isEqualTo(whole);
        assertThat(parseByteBuffers(input, true)).as("direct ByteBuffers").isEqualTo(whole);
        return whole;
    }

    /** Feeds {@code input} as consecutive chunks ending at the given ascending offsets (and at the end). */
    static Result parseSplitAt(byte[] input, int... cuts) {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        int start = 0;
        for (int cut : cuts) {
            parser.feed(input, start, cut - start);
            start = cut;
        }
        parser.feed(input, start, input.length - start);
        return new Result(events, parser.endOfInput() != null, parser.commentLines());
    }

    /** Feeds {@code input} in pieces of {@code size} bytes, each piece copied to its own array. */
    static Result parseInPieces(byte[] input, int size) {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        for (int start = 0; start < input.length; start += size) {
            byte[] piece = Arrays.copyOfRange(input, start, Math.min(input.length, start + size));
            parser.feed(piece, 0, piece.length);
        }
        return new Result(events, parser.endOfInput() != null, parser.commentLines());
    }

    /** Feeds {@code input} as ByteBuffers of growing size (1, 2, 3, ... bytes), asserting each is consumed. */
    private static Result parseByteBuffers(byte[] input, boolean direct) {
        List<SseEvent> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        int start = 0;
        for (int size = 1; start < input.length; size++) {
            int n = Math.min(size, input.length - start);
            ByteBuffer buffer;
            if (direct) {
                buffer = ByteBuffer.allocateDirect(n + 2);
                buffer.put((byte) 'x').put(input, start, n).put((byte) 'x').flip().position(1).limit(n + 1);
            } else {
                // a slice has a non-zero arrayOffset; the extra bytes around it must not be read
                ByteBuffer backing = ByteBuffer.allocate(n + 4);
                backing.put((byte) 'x').put((byte) 'x').put(input, start, n).put((byte) 'x');
                buffer = backing.position(1).slice().position(1).limit(n + 1);
            }
            parser.feed(buffer);
            assertThat(buffer.hasRemaining()).isFalse();
            start += n;
        }
        return new Result(events, parser.endOfInput() != null, parser.commentLines());
    }
}
