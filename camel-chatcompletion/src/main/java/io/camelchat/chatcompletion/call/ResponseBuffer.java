package io.camelchat.chatcompletion.call;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Collects a non-streamed body up to a limit.
 */
final class ResponseBuffer {

    private static final int DEFAULT_CAPACITY = 1024;
    /** A declared length is trusted up to here for the first allocation; beyond, the buffer grows as bytes come. */
    private static final int MAX_PRESIZE = 1024 * 1024;

    private final int limit;
    private byte[] bytes;
    private int length;

    /** @param contentLength the Content-Length header, or null: sizes the buffer so that it need not grow */
    ResponseBuffer(int limit, String contentLength) {
        this.limit = limit;
        this.bytes = new byte[initialCapacity(limit, contentLength)];
    }

    private static int initialCapacity(int limit, String contentLength) {
        if (contentLength != null) {
            try {
                long declared = Long.parseLong(contentLength.trim());
                if (declared >= 0) {
                    return (int) Math.min(declared, Math.min(limit, MAX_PRESIZE));
                }
            } catch (NumberFormatException ignored) {
                // not a length: the default applies
            }
        }
        return Math.min(limit, DEFAULT_CAPACITY);
    }

    /** Appends the bytes; false when they would pass the limit (the bytes up to it are kept). */
    boolean append(ByteBuffer data) {
        int room = limit - length;
        int taken = Math.min(room, data.remaining());
        int needed = length + taken;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(needed, 2L * bytes.length)));
        }
        data.get(bytes, length, taken);
        length = needed;
        if (data.hasRemaining()) {
            data.position(data.limit());
            return false;
        }
        return true;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }
}
