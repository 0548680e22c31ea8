package io.camelchat.chatcompletion.call;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Collects a non-streamed body up to a limit.
 */
final class ResponseBuffer {

    private final int limit;
    private byte[] bytes = new byte[1024];
    private int length;

    ResponseBuffer(int limit) {
        this.limit = limit;
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
