package io.camelchat.chatcompletion.examples.gateway;

import java.util.Locale;

/**
 * A failure the embedded gateway can be asked to inject, by a marker such as {@code [fault:429,503]} in the last user
 * message: the first call with that prompt gets the first fault, the second call the second, later calls the answer.
 */
public enum GatewayFault {

    /** HTTP 429 with {@code Retry-After: 1} and {@code retry-after-ms: 300}: retryable, after the hint. */
    RATE_LIMITED,
    /** HTTP 503: retryable, after the client's backoff. */
    UNAVAILABLE,
    /** HTTP 400 {@code invalid_request_error}: not retryable, the call fails at once. */
    BAD_REQUEST,
    /** The body stops half-way: a stream without its finish chunk, or truncated JSON. Retryable before any chunk. */
    DROP,
    /**
     * A 200 answer whose text is not the JSON the request's schema asks for (structured output): the component's
     * validation fails and it sends a repair request, which is answered.
     */
    BAD_JSON;

    /** Reads one marker item: {@code 429}, {@code 503}, {@code 400}, {@code drop} or {@code badjson}. */
    public static GatewayFault parse(String item) {
        return switch (item.trim().toLowerCase(Locale.ROOT)) {
            case "429" -> RATE_LIMITED;
            case "503" -> UNAVAILABLE;
            case "400" -> BAD_REQUEST;
            case "drop" -> DROP;
            case "badjson" -> BAD_JSON;
            default -> throw new IllegalArgumentException("unknown gateway fault '" + item
                                                          + "': use 429, 503, 400, drop or badjson");
        };
    }
}
