package io.camelchat.chatcompletion;

/**
 * How a streamed answer reaches the route.
 */
public enum StreamingMode {
    /**
     * The exchange continues as soon as the response headers arrive, with a body that a streaming split turns into
     * one exchange per text chunk. Holds one route thread per active stream while the split waits for chunks.
     */
    chunks,
    /** Streamed on the wire, but the route gets one exchange with exactly what a non-streaming call gives. */
    aggregate,
    /**
     * Each chunk is sent to chunkUri as its own exchange, in order, without any thread waiting; the exchange then
     * continues with the full result as in aggregate mode.
     */
    forward
}
