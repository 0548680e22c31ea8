package io.camelchat.chatcompletion.http;

import java.util.Map;
import java.util.TreeMap;

/**
 * Status line and headers of a response. Header names are case-insensitive; a repeated header keeps its first value.
 */
public record ResponseHead(int status, String reason, Map<String, String> headers) {

    public ResponseHead {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(copy::putIfAbsent);
        headers = copy;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether the body is a Server-Sent Events stream ({@code text/event-stream}, any parameters). */
    public boolean isEventStream() {
        String contentType = header("Content-Type");
        return contentType != null && contentType.trim().toLowerCase().startsWith("text/event-stream");
    }
}
