package io.camelchat.chatcompletion.http;

import java.util.Map;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;

/**
 * Status line and headers of a response. Header names are case-insensitive; a repeated header keeps its first value.
 * The headers are kept as they came (a handful per answer) and looked up by a scan, rather than copied into a map.
 */
public final class ResponseHead {

    private final int status;
    private final String reason;
    private final String[] names;
    private final String[] values;

    private ResponseHead(int status, String reason, String[] names, String[] values) {
        this.status = status;
        this.reason = reason;
        this.names = names;
        this.values = values;
    }

    public ResponseHead(int status, String reason, Map<String, String> headers) {
        this(status, reason, headers.keySet().toArray(String[]::new), headers.values().toArray(String[]::new));
    }

    /** The head of an HttpCore 5 response. */
    static ResponseHead of(HttpResponse response) {
        Header[] headers = response.getHeaders();
        String[] names = new String[headers.length];
        String[] values = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            names[i] = headers[i].getName();
            values[i] = headers[i].getValue();
        }
        return new ResponseHead(response.getCode(), response.getReasonPhrase(), names, values);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    /** The first value of the header, or null. */
    public String header(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Whether the body is a Server-Sent Events stream ({@code text/event-stream}, any parameters). */
    public boolean isEventStream() {
        String contentType = header("Content-Type");
        return contentType != null && contentType.stripLeading().regionMatches(true, 0, "text/event-stream", 0, 17);
    }
}
