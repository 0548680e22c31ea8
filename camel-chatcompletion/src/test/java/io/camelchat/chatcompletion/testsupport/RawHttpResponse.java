package io.camelchat.chatcompletion.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A raw HTTP/1.1 response split at its first {@code CRLFCRLF}: the head (status line and headers) and the
 * body bytes after it, untouched. Only reads; it never re-encodes anything.
 */
final class RawHttpResponse {

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

    private final byte[] raw;
    private final int headLength;
    private final int status;
    private final Map<String, String> headers;

    private RawHttpResponse(byte[] raw, int headLength, int status, Map<String, String> headers) {
        this.raw = raw;
        this.headLength = headLength;
        this.status = status;
        this.headers = headers;
    }

    /**
     * Parses the head of a raw response.
     *
     * @param raw the whole response: status line, headers, empty line, body
     * @return the parsed response (it keeps a reference to {@code raw}, which the caller must not change)
     * @throws IllegalArgumentException when there is no {@code CRLFCRLF} or the status line is malformed
     */
    static RawHttpResponse parse(byte[] raw) {
        int headLength = headLength(raw);
        String head = new String(raw, 0, headLength - HEAD_END.length, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n", -1);
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new IllegalArgumentException("not an HTTP status line: " + lines[0]);
        }
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an HTTP status line: " + lines[0], e);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        return new RawHttpResponse(raw, headLength, status, Collections.unmodifiableMap(headers));
    }

    /**
     * Finds the end of the head.
     *
     * @param raw a raw HTTP message
     * @return the number of bytes up to and including the first {@code CRLFCRLF}
     * @throws IllegalArgumentException when there is none
     */
    static int headLength(byte[] raw) {
        outer:
        for (int i = 0; i + HEAD_END.length <= raw.length; i++) {
            for (int j = 0; j < HEAD_END.length; j++) {
                if (raw[i + j] != HEAD_END[j]) {
                    continue outer;
                }
            }
            return i + HEAD_END.length;
        }
        throw new IllegalArgumentException("no CRLFCRLF between the head and the body");
    }

    /** @return the head length in bytes, including the final {@code CRLFCRLF} */
    int headLength() {
        return headLength;
    }

    /** @return the status code */
    int status() {
        return status;
    }

    /** @return the headers, case-insensitive; repeated headers joined with {@code ", "} */
    Map<String, String> headers() {
        return headers;
    }

    /** @return a copy of the body bytes */
    byte[] body() {
        return Arrays.copyOfRange(raw, headLength, raw.length);
    }
}
