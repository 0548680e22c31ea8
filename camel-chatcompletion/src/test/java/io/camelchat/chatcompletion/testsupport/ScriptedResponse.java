package io.camelchat.chatcompletion.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ReplayServer} writes on one connection: byte pieces written in order, each flushed, with a pause of
 * {@link #delayMs()} between two pieces (none after the last), then an {@link Ending}.
 *
 * <p>Instances are immutable: every {@code with…}/{@code then…} method returns a new instance, so one response
 * can be enqueued or returned by a responder many times.
 *
 * <p>Responses built by {@link #json}, {@link #sse} and {@link #text} keep their status line and headers apart
 * from the body until they are written, so {@link #withHeader} can still change them. The header block is always
 * written together with the first body piece. Responses built by {@code ofRaw} are bytes only.
 */
public final class ScriptedResponse {

    /** How the server finishes the connection after the last piece. */
    public enum Ending {
        /** A normal close (FIN): a body without {@code Content-Length} ends here. */
        CLOSE,
        /** {@code SO_LINGER 0} then close: the client sees a connection reset. */
        RESET,
        /**
         * Keep the connection open, writing nothing, until the stall time passes (then close normally), the
         * client closes its side, or the server is closed.
         */
        STALL
    }

    private final Head head;
    private final List<byte[]> pieces;
    private final long delayMs;
    private final long firstByteDelayMs;
    private final Ending ending;
    private final long stallMs;

    private ScriptedResponse(Head head, List<byte[]> pieces, long delayMs, long firstByteDelayMs, Ending ending,
            long stallMs) {
        this.head = head;
        this.pieces = pieces;
        this.delayMs = delayMs;
        this.firstByteDelayMs = firstByteDelayMs;
        this.ending = ending;
        this.stallMs = stallMs;
    }

    /**
     * Replays a whole response, head included, as one piece.
     *
     * @param wholeResponseIncludingHeaders status line, headers, empty line and body, written as given
     * @return a response that writes those bytes in one go and then closes
     */
    public static ScriptedResponse ofRaw(byte[] wholeResponseIncludingHeaders) {
        Objects.requireNonNull(wholeResponseIncludingHeaders, "wholeResponseIncludingHeaders");
        return new ScriptedResponse(null, List.of(wholeResponseIncludingHeaders.clone()), 0, 0, Ending.CLOSE, 0);
    }

    /**
     * Replays a whole response cut into pieces at body offsets. The first piece is the head (up to and including
     * the first {@code CRLFCRLF}) plus the body up to the first offset; each later piece runs to the next offset,
     * the last to the end.
     *
     * @param raw                status line, headers, empty line and body, written as given
     * @param splitAtBodyOffsets offsets into the body, strictly increasing, each in {@code [0, bodyLength)};
     *                           {@code 0} sends the head alone first; {@code null} or empty means one piece
     * @param delayMs            the pause between two pieces, in milliseconds
     * @return a response that writes the pieces and then closes
     * @throws IllegalArgumentException when {@code raw} has no {@code CRLFCRLF} or an offset is out of order or range
     */
    public static ScriptedResponse ofRaw(byte[] raw, int[] splitAtBodyOffsets, long delayMs) {
        Objects.requireNonNull(raw, "raw");
        requireNonNegative(delayMs, "delayMs");
        int headLength = RawHttpResponse.headLength(raw);
        int bodyLength = raw.length - headLength;
        int[] offsets = splitAtBodyOffsets == null ? new int[0] : splitAtBodyOffsets;
        List<byte[]> pieces = new ArrayList<>();
        int start = 0;
        int previous = -1;
        for (int offset : offsets) {
            if (offset <= previous || offset < 0 || offset >= bodyLength) {
                throw new IllegalArgumentException("split offsets must be strictly increasing in [0, " + bodyLength
                        + "): " + Arrays.toString(offsets));
            }
            pieces.add(Arrays.copyOfRange(raw, start, headLength + offset));
            start = headLength + offset;
            previous = offset;
        }
        pieces.add(Arrays.copyOfRange(raw, start, raw.length));
        return new ScriptedResponse(null, List.copyOf(pieces), delayMs, 0, Ending.CLOSE, 0);
    }

    /**
     * A JSON response with a body of known length.
     *
     * @param status the status code; the reason phrase is the standard one
     * @param json   the body, written as UTF-8
     * @return a response with {@code Content-Type: application/json}, {@code Content-Length} and
     *         {@code Connection: close}
     */
    public static ScriptedResponse json(int status, String json) {
        return withLength(status, "application/json", json);
    }

    /**
     * A plain-text response with a body of known length.
     *
     * @param status the status code; the reason phrase is the standard one
     * @param text   the body, written as UTF-8
     * @return a response with {@code Content-Type: text/plain; charset=utf-8}, {@code Content-Length} and
     *         {@code Connection: close}
     */
    public static ScriptedResponse text(int status, String text) {
        return withLength(status, "text/plain; charset=utf-8", text);
    }

    /**
     * A server-sent events stream delimited by the connection close.
     *
     * @param rawPieces the body pieces, written as UTF-8 exactly as given (include your own {@code data: } and
     *                  blank lines); each one is flushed on its own
     * @return a {@code 200} response with {@code Content-Type: text/event-stream}, {@code Connection: close} and no
     *         {@code Content-Length}
     */
    public static ScriptedResponse sse(String... rawPieces) {
        List<byte[]> pieces = new ArrayList<>();
        for (String piece : rawPieces) {
            pieces.add(piece.getBytes(StandardCharsets.UTF_8));
        }
        Head head = new Head(200, List.of(Map.entry("Content-Type", "text/event-stream"),
                Map.entry("Connection", "close")));
        return new ScriptedResponse(head, List.copyOf(pieces), 0, 0, Ending.CLOSE, 0);
    }

    private static ScriptedResponse withLength(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Head head = new Head(status, List.of(Map.entry("Content-Type", contentType),
                Map.entry("Content-Length", Integer.toString(bytes.length)), Map.entry("Connection", "close")));
        return new ScriptedResponse(head, List.of(bytes), 0, 0, Ending.CLOSE, 0);
    }

    /**
     * Sets the pause between two pieces.
     *
     * @param delayMs milliseconds, not negative
     * @return a copy with that pause
     */
    public ScriptedResponse withDelayMs(long delayMs) {
        requireNonNegative(delayMs, "delayMs");
        return new ScriptedResponse(head, pieces, delayMs, firstByteDelayMs, ending, stallMs);
    }

    /**
     * Sets the pause between reading the request and writing the first byte. Other connections are served
     * meanwhile.
     *
     * @param firstByteDelayMs milliseconds, not negative
     * @return a copy with that pause
     */
    public ScriptedResponse withFirstByteDelayMs(long firstByteDelayMs) {
        requireNonNegative(firstByteDelayMs, "firstByteDelayMs");
        return new ScriptedResponse(head, pieces, delayMs, firstByteDelayMs, ending, stallMs);
    }

    /**
     * Sets a header of a {@link #json}, {@link #sse} or {@link #text} response, replacing one of the same name
     * (case-insensitive) in place or else adding it at the end.
     *
     * @param name  the header name
     * @param value the header value, written as given (it may contradict the body, on purpose)
     * @return a copy with that header
     * @throws IllegalStateException for an {@code ofRaw} response, whose bytes are final
     */
    public ScriptedResponse withHeader(String name, String value) {
        if (head == null) {
            throw new IllegalStateException("ofRaw responses are written as given; edit the raw bytes instead");
        }
        return new ScriptedResponse(head.with(name, value), pieces, delayMs, firstByteDelayMs, ending, stallMs);
    }

    /**
     * Ends with a connection reset ({@code SO_LINGER 0}, then close) instead of a normal close.
     *
     * @return a copy ending with {@link Ending#RESET}
     */
    public ScriptedResponse thenReset() {
        return new ScriptedResponse(head, pieces, delayMs, firstByteDelayMs, Ending.RESET, 0);
    }

    /**
     * Ends by keeping the connection open and silent for a while, then closing it normally. The server closes it
     * earlier when the client closes its side or when the server itself is closed.
     *
     * @param ms how long to stall, in milliseconds; {@code 0} stalls until the client or the server closes
     * @return a copy ending with {@link Ending#STALL}
     */
    public ScriptedResponse thenStall(long ms) {
        requireNonNegative(ms, "ms");
        return new ScriptedResponse(head, pieces, delayMs, firstByteDelayMs, Ending.STALL, ms);
    }

    /**
     * The bytes to write, one element per flush. The head of a built response is part of the first element.
     *
     * @return copies of the pieces, at least one
     */
    public List<byte[]> pieces() {
        List<byte[]> out = new ArrayList<>();
        for (byte[] piece : pieces) {
            out.add(piece.clone());
        }
        if (head != null) {
            byte[] headBytes = head.bytes();
            if (out.isEmpty()) {
                out.add(headBytes);
            } else {
                out.set(0, concat(headBytes, out.get(0)));
            }
        }
        return out;
    }

    /**
     * Concatenates all pieces: the exact bytes a client receives.
     *
     * @return the whole response
     */
    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        pieces().forEach(all::writeBytes);
        return all.toByteArray();
    }

    /** @return the pause between two pieces, in milliseconds */
    public long delayMs() {
        return delayMs;
    }

    /** @return the pause before the first byte, in milliseconds */
    public long firstByteDelayMs() {
        return firstByteDelayMs;
    }

    /** @return how the connection ends */
    public Ending ending() {
        return ending;
    }

    /** @return for {@link Ending#STALL}, the stall time in milliseconds ({@code 0}: until closed); else 0 */
    public long stallMs() {
        return stallMs;
    }

    @Override
    public String toString() {
        return "ScriptedResponse[" + pieces.size() + " body piece(s), delayMs=" + delayMs + ", firstByteDelayMs="
                + firstByteDelayMs + ", ending=" + ending + (ending == Ending.STALL ? " " + stallMs + "ms" : "")
                + (head == null ? ", raw" : ", status=" + head.status) + "]";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void requireNonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }

    /** Status line and headers of a built response, kept apart so that headers can still change. */
    private record Head(int status, List<Map.Entry<String, String>> headers) {

        Head with(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
            boolean replaced = false;
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i).getKey().equalsIgnoreCase(name)) {
                    copy.set(i, Map.entry(name, value));
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                copy.add(Map.entry(name, value));
            }
            return new Head(status, List.copyOf(copy));
        }

        byte[] bytes() {
            StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(' ')
                    .append(HttpStatusText.reason(status)).append("\r\n");
            headers.forEach(h -> sb.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
            return sb.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
