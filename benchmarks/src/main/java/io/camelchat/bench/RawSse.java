package io.camelchat.bench;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The raw baseline's SSE handling: split lines on LF, take {@code data: } lines, parse each as a Jackson tree and read
 * {@code choices[0].delta.content}. The least a correct-enough client does per chunk.
 */
final class RawSse {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private byte[] line = new byte[512];
    private int length;
    private int pieces;
    private boolean done;

    void feed(byte[] buf, int off, int len) throws IOException {
        int end = off + len;
        int start = off;
        for (int i = off; i < end; i++) {
            if (buf[i] == '\n') {
                if (length == 0) {
                    onLine(buf, start, i - start);
                } else {
                    append(buf, start, i - start);
                    onLine(line, 0, length);
                    length = 0;
                }
                start = i + 1;
            }
        }
        append(buf, start, end - start);
    }

    private void append(byte[] buf, int off, int len) {
        if (len == 0) {
            return;
        }
        if (length + len > line.length) {
            line = Arrays.copyOf(line, Math.max(length + len, line.length * 2));
        }
        System.arraycopy(buf, off, line, length, len);
        length += len;
    }

    private void onLine(byte[] buf, int off, int len) throws IOException {
        if (len < 6 || buf[off] != 'd' || buf[off + 4] != ':') {
            return;
        }
        int start = off + (buf[off + 5] == ' ' ? 6 : 5);
        int n = off + len - start;
        if (n == 6 && buf[start] == '[' && buf[start + 1] == 'D') {
            done = true;
            return;
        }
        JsonNode node = MAPPER.readTree(buf, start, n);
        JsonNode content = node.path("choices").path(0).path("delta").path("content");
        if (content.isTextual() && !content.asText().isEmpty()) {
            pieces++;
        }
    }

    int pieces() {
        return pieces;
    }

    boolean done() {
        return done;
    }
}
