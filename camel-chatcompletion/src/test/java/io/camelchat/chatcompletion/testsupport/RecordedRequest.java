package io.camelchat.chatcompletion.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as {@link ReplayServer} received it.
 *
 * @param method  the request method, for example {@code POST}
 * @param path    the request target exactly as sent, including any query string
 * @param headers the request headers, looked up case-insensitively; repeated headers are joined with {@code ", "}
 * @param body    the decoded body (a chunked body is de-chunked), empty when there is none
 */
public record RecordedRequest(String method, String path, Map<String, String> headers, byte[] body) {

    /**
     * Copies the arguments so that the record is immutable and its header lookup case-insensitive.
     *
     * @param method  the request method
     * @param path    the request target as sent
     * @param headers the headers; {@code null} means none
     * @param body    the body; {@code null} means empty
     */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            copy.putAll(headers);
        }
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body.clone();
    }

    /**
     * Returns a copy of the body bytes.
     *
     * @return the body, never {@code null}
     */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /**
     * Decodes the body as UTF-8.
     *
     * @return the body text
     */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Looks a header up, ignoring the case of its name.
     *
     * @param name the header name
     * @return the value, or {@code null} when the request did not carry that header
     */
    public String header(String name) {
        return headers.get(name);
    }

    /** Compares by content, including the body bytes. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedRequest other
                && method.equals(other.method)
                && path.equals(other.path)
                && headers.equals(other.headers)
                && Arrays.equals(body, other.body);
    }

    /** Hashes by content, including the body bytes. */
    @Override
    public int hashCode() {
        return Objects.hash(method, path, headers) * 31 + Arrays.hashCode(body);
    }

    /** Shows method, path, headers and the body length (not the body). */
    @Override
    public String toString() {
        return method + " " + path + " " + headers + " (" + body.length + " body bytes)";
    }
}
