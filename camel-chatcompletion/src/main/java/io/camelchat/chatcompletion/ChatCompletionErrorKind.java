package io.camelchat.chatcompletion;

/**
 * What kind of failure a {@link ChatCompletionException} reports.
 */
public enum ChatCompletionErrorKind {
    /** The server answered with a non-2xx HTTP status. */
    HTTP,
    /** The vendor envelope said {@code success:false}, whatever the HTTP status. */
    ENVELOPE,
    /** The server declared an error inside a 2xx body or stream. */
    INLINE,
    /** The payload was missing, malformed or truncated. */
    PROTOCOL,
    /** The connection failed below HTTP (refused, reset, fewer bytes than announced). */
    TRANSPORT,
    /** A configured timeout expired. */
    TIMEOUT,
    /**
     * Structured output: the answer did not fit the schema after structuredOutputRetries repairs, was truncated
     * ({@code finish_reason=length}) or was a refusal. Never retried by the transport retry policy.
     */
    INVALID_OUTPUT
}
