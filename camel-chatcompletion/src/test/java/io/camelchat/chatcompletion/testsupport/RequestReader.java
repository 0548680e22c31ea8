package io.camelchat.chatcompletion.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one HTTP/1.1 request from a stream: request line, headers up to the empty line, then a body delimited by
 * {@code Content-Length} or by {@code Transfer-Encoding: chunked} (chunk extensions and trailers are skipped).
 */
final class RequestReader {

    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final int MAX_BODY = 64 * 1024 * 1024;

    private final InputStream in;

    /**
     * @param in a buffered stream from the connection; nothing past the request body is consumed
     */
    RequestReader(InputStream in) {
        this.in = in;
    }

    /**
     * Reads the request line and the headers.
     *
     * @return the head, or {@code null} when the client closed the connection before sending a byte
     * @throws IOException on a read error, an early end of stream or a malformed head
     */
    Head readHead() throws IOException {
        String requestLine = readLine(true);
        if (requestLine == null) {
            return null;
        }
        while (requestLine.isEmpty()) { // tolerate stray CRLFs before the request line (RFC 9112, 2.2)
            requestLine = readLine(false);
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/")) {
            throw new IOException("malformed request line: " + requestLine);
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int count = 0; ; count++) {
            String line = readLine(false);
            if (line.isEmpty()) {
                break;
            }
            if (count >= MAX_HEADERS) {
                throw new IOException("more than " + MAX_HEADERS + " headers");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header line: " + line);
            }
            headers.merge(line.substring(0, colon).trim(), line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        return new Head(parts[0], parts[1], parts[2], headers);
    }

    /**
     * Reads the body that the head announces.
     *
     * @param head the head returned by {@link #readHead()}
     * @return the body bytes (de-chunked), empty when the head announces none
     * @throws IOException on a read error, an early end of stream or a malformed length
     */
    byte[] readBody(Head head) throws IOException {
        if (head.isChunked()) {
            return readChunked();
        }
        String length = head.headers().get("Content-Length");
        if (length == null) {
            return new byte[0];
        }
        return readExactly(parseLength(length.trim(), 10, "Content-Length"));
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(false);
            int semicolon = sizeLine.indexOf(';');
            String size = (semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim();
            int chunkSize = parseLength(size, 16, "chunk size");
            if (chunkSize == 0) {
                break;
            }
            if (body.size() + (long) chunkSize > MAX_BODY) {
                throw new IOException("chunked body larger than " + MAX_BODY + " bytes");
            }
            body.writeBytes(readExactly(chunkSize));
            if (!readLine(false).isEmpty()) {
                throw new IOException("missing CRLF after a chunk");
            }
        }
        while (!readLine(false).isEmpty()) {
            // skip trailer fields
        }
        return body.toByteArray();
    }

    private static int parseLength(String value, int radix, String what) throws IOException {
        try {
            long n = Long.parseLong(value, radix);
            if (n < 0 || n > MAX_BODY) {
                throw new IOException(what + " out of range: " + value);
            }
            return (int) n;
        } catch (NumberFormatException e) {
            throw new IOException("malformed " + what + ": " + value, e);
        }
    }

    private byte[] readExactly(int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("body ended after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    /** Reads a line ending in LF (a CR before it is dropped); ISO-8859-1, as HTTP heads are octets. */
    private String readLine(boolean eofAllowedAtStart) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofAllowedAtStart && line.size() == 0) {
                    return null;
                }
                throw new EOFException("connection closed inside the request head");
            }
            if (b == '\n') {
                break;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("request line or header longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * A request line and its headers.
     *
     * @param method  the method
     * @param target  the request target as sent
     * @param version the protocol version, for example {@code HTTP/1.1}
     * @param headers case-insensitive headers
     */
    record Head(String method, String target, String version, Map<String, String> headers) {

        /** @return whether the body uses chunked transfer coding */
        boolean isChunked() {
            String te = headers.get("Transfer-Encoding");
            return te != null && te.toLowerCase(java.util.Locale.ROOT).contains("chunked");
        }

        /** @return whether a body follows the head: chunked, or a {@code Content-Length} other than 0 */
        boolean announcesBody() {
            String length = headers.get("Content-Length");
            return isChunked() || (length != null && !length.trim().equals("0"));
        }

        /** @return whether the client sent {@code Expect: 100-continue} */
        boolean expectsContinue() {
            String expect = headers.get("Expect");
            return expect != null && expect.trim().equalsIgnoreCase("100-continue");
        }
    }
}
