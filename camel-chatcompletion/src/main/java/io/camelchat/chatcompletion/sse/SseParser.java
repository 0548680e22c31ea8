package io.camelchat.chatcompletion.sse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Incremental Server-Sent Events parser following the WHATWG "event stream interpretation" rules
 * (https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation).
 *
 * <p>Lines end in CRLF, LF or CR; one leading UTF-8 BOM is dropped; UTF-8 is decoded only from complete
 * lines, so bytes may be fed in arbitrary pieces. {@code id} and {@code retry} are ignored (no reconnect).
 * Non-standard: {@code error:} fields (llama.cpp) are joined like data and dispatched as an event of type
 * {@code "error"}; an {@code event: error} event is dispatched even without data.
 *
 * <p>Memory is bounded: a line, or the data of one event, longer than {@code maxEventSize} bytes throws
 * {@link EventTooLargeException} from {@code feed}, after which the parser must not be used.
 *
 * <p>Not thread-safe and not re-entrant: one instance per stream, used by one thread at a time. An exception
 * thrown by the listener propagates out of {@code feed}; the parser should not be used afterwards.
 */
public final class SseParser {

    /** Receives dispatched events, synchronously from inside {@link #feed}. */
    public interface Listener {
        /** Called once per dispatched event, by the default {@link #onEvent(String, byte[], int, int)}. */
        void onEvent(SseEvent event);

        /**
         * Called once per dispatched event with its data as UTF-8 bytes (lines joined with LF, no last LF), which are
         * only valid during the call: the parser reuses its buffer. A listener that parses the data (as JSON) reads
         * the bytes directly instead of a decoded String. By default decodes them into an {@link SseEvent}.
         */
        default void onEvent(String type, byte[] data, int offset, int length) {
            onEvent(new SseEvent(type, new String(data, offset, length, StandardCharsets.UTF_8)));
        }
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] DATA = {'d', 'a', 't', 'a'};
    private static final byte[] EVENT = {'e', 'v', 'e', 'n', 't'};
    private static final byte[] ERROR = {'e', 'r', 'r', 'o', 'r'};
    private static final String ERROR_TYPE = "error";

    /** A line or an event passed the parser's size limit. */
    public static final class EventTooLargeException extends RuntimeException {
        private final int limit;

        EventTooLargeException(int limit) {
            super("an SSE line or event is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    private final Listener listener;
    private final int maxEventSize;
    private final Bytes line = new Bytes(256);      // partial line; only used when a line spans feeds
    private final Bytes data = new Bytes(256);      // UTF-8 data buffer, every line followed by LF
    private final Bytes error = new Bytes(0);       // same for the non-standard error field
    private final Bytes lastTypeBytes = new Bytes(0); // bytes of lastType, to reuse that String
    private String lastType;
    private String eventType;                       // null: no (or an empty) event field
    private boolean afterCr;                        // the previous feed ended in CR: skip one leading LF
    private boolean bomChecked;                     // the stream start has been checked for a BOM
    private int bomMatched;                         // BOM bytes matched so far while !bomChecked
    private byte[] scratch;                         // copy buffer for non-array ByteBuffers
    private long commentLines;

    /** Creates a parser that dispatches events to {@code listener}, with no size limit but the JVM's. */
    public SseParser(Listener listener) {
        this(listener, Integer.MAX_VALUE - 16);
    }

    /** Creates a parser that dispatches events to {@code listener} and refuses lines and events over the limit. */
    public SseParser(Listener listener, int maxEventSize) {
        this.listener = Objects.requireNonNull(listener, "listener");
        if (maxEventSize < 1) {
            throw new IllegalArgumentException("maxEventSize must be at least 1, was " + maxEventSize);
        }
        this.maxEventSize = maxEventSize;
    }

    /**
     * Feeds bytes as they came off the wire; any split is allowed (inside a line, inside a multi-byte UTF-8
     * char, between CR and LF, inside the BOM). Consumes {@code bytes.remaining()} bytes. Events are
     * dispatched synchronously to the listener from inside this call.
     */
    public void feed(ByteBuffer bytes) {
        if (bytes.hasArray()) {
            int start = bytes.arrayOffset() + bytes.position();
            int length = bytes.remaining();
            bytes.position(bytes.limit());
            feed(bytes.array(), start, length);
            return;
        }
        if (scratch == null) {
            scratch = new byte[8192];
        }
        while (bytes.hasRemaining()) {
            int n = Math.min(scratch.length, bytes.remaining());
            bytes.get(scratch, 0, n);
            feed(scratch, 0, n);
        }
    }

    /** Same as {@link #feed(ByteBuffer)} for {@code length} bytes of {@code bytes} starting at {@code offset}. */
    public void feed(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        int end = offset + length;
        while (!bomChecked && offset < end) {
            if (bytes[offset] == BOM[bomMatched]) {
                offset++;
                bomChecked = ++bomMatched == BOM.length; // complete BOM: dropped
            } else {
                bomChecked = true; // not a BOM after all: the matched prefix is content
                scan(BOM, 0, bomMatched);
            }
        }
        scan(bytes, offset, end);
    }

    /**
     * Signals end of input. A last line without its line end is taken as a line (so a trailing comment is just a
     * comment). Returns the event that was still being collected, not dispatched because no empty line ended it
     * (WHATWG discards it; the caller decides, for example to accept a final {@code data: [DONE]} or to report a
     * truncated stream), or null when the input ended between events. The parser is then back in its initial state,
     * ready for a new stream ({@link #commentLines()} keeps counting).
     */
    public SseEvent endOfInput() {
        if (line.length > 0) {
            int length = line.length;
            line.length = 0;
            processLine(line.bytes, 0, length);
        }
        SseEvent pending = null;
        if (error.length > 0) {
            pending = new SseEvent(ERROR_TYPE, error.decodeWithoutLastLf());
        } else if (data.length > 0 || ERROR_TYPE.equals(eventType) || (!bomChecked && bomMatched > 0)) {
            pending = new SseEvent(eventType, data.decodeWithoutLastLf());
        }
        resetEvent();
        afterCr = false;
        bomChecked = false;
        bomMatched = 0;
        return pending;
    }

    /** Number of complete lines seen so far that were comments (start with ':'). Useful for keep-alive diagnostics. */
    public long commentLines() {
        return commentLines;
    }

    private void scan(byte[] buf, int pos, int end) {
        if (afterCr && pos < end) {
            afterCr = false;
            pos += buf[pos] == '\n' ? 1 : 0;
        }
        int start = pos;
        while (pos < end) {
            byte b = buf[pos++];
            if (b != '\n' && b != '\r') {
                continue;
            }
            if (line.length == 0) {
                checkSize(pos - 1 - start);
                processLine(buf, start, pos - 1 - start); // the whole line is in this feed: no copy
            } else {
                checkSize(line.length + (pos - 1 - start));
                line.append(buf, start, pos - 1 - start);
                int length = line.length;
                line.length = 0;
                processLine(line.bytes, 0, length);
            }
            if (b == '\r') {
                if (pos == end) {
                    afterCr = true;
                } else if (buf[pos] == '\n') {
                    pos++;
                }
            }
            start = pos;
        }
        checkSize(line.length + (end - start));
        line.append(buf, start, end - start);
    }

    private void checkSize(long size) {
        if (size > maxEventSize) {
            throw new EventTooLargeException(maxEventSize);
        }
    }

    private void processLine(byte[] buf, int off, int len) {
        if (len == 0) {
            dispatch();
            return;
        }
        if (buf[off] == ':') {
            commentLines++;
            return;
        }
        int end = off + len;
        int colon = off;
        while (colon < end && buf[colon] != ':') { // stops after 4 bytes for the common "data:" line
            colon++;
        }
        int nameLen = colon - off;
        int value = colon == end ? end : colon + 1;
        if (value < end && buf[value] == ' ') {
            value++;
        }
        if (nameIs(DATA, buf, off, nameLen)) {
            checkSize(data.length + (long) (end - value) + 1);
            data.appendLine(buf, value, end - value);
        } else if (nameIs(EVENT, buf, off, nameLen)) {
            eventType = value == end ? null : type(buf, value, end - value);
        } else if (nameIs(ERROR, buf, off, nameLen)) {
            checkSize(error.length + (long) (end - value) + 1);
            error.appendLine(buf, value, end - value);
        }
        // id, retry and unknown fields are ignored
    }

    private static boolean nameIs(byte[] name, byte[] buf, int off, int len) {
        return len == name.length && Arrays.equals(name, 0, len, buf, off, off + len);
    }

    /** Decodes an event type, reusing the previous String when the bytes repeat (the usual case). */
    private String type(byte[] buf, int off, int len) {
        if (!Arrays.equals(lastTypeBytes.bytes, 0, lastTypeBytes.length, buf, off, off + len)) {
            lastTypeBytes.length = 0;
            lastTypeBytes.append(buf, off, len);
            lastType = new String(buf, off, len, StandardCharsets.UTF_8);
        }
        return lastType;
    }

    private void dispatch() {
        Bytes payload = null;
        String type = eventType;
        if (error.length > 0) {
            payload = error;
            type = ERROR_TYPE;
        } else if (data.length > 0 || ERROR_TYPE.equals(eventType)) {
            payload = data;
        }
        int length = payload == null ? 0 : payload.lengthWithoutLastLf();
        resetEvent();
        if (payload != null) {
            // the buffer is only written again by the next feed, after the listener returned
            listener.onEvent(type, payload.bytes, 0, length);
        }
    }

    private void resetEvent() {
        data.length = 0;
        error.length = 0;
        eventType = null;
    }

    /** Minimal growable byte array, reused across lines and events. */
    private static final class Bytes {
        private static final byte[] LF = {'\n'};
        byte[] bytes;
        int length;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void append(byte[] src, int off, int len) {
            int needed = Math.addExact(length, len);
            if (needed > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(needed, Math.max(64, bytes.length * 2)));
            }
            System.arraycopy(src, off, bytes, length, len);
            length = needed;
        }

        void appendLine(byte[] src, int off, int len) {
            append(src, off, len);
            append(LF, 0, 1);
        }

        String decodeWithoutLastLf() {
            return new String(bytes, 0, lengthWithoutLastLf(), StandardCharsets.UTF_8);
        }

        int lengthWithoutLastLf() {
            return length == 0 ? 0 : length - 1;
        }
    }
}
