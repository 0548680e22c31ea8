package io.camelchat.chatcompletion.http;

import java.nio.ByteBuffer;

/**
 * Receives one response as it arrives: the head, body bytes in order, then exactly one of {@link #onEnd()} or
 * {@link #onFailure(Exception)}. Calls may come on an HTTP client I/O thread: they must be quick and never block.
 */
public interface ResponseListener {

    /** The status line and headers are in. Called at most once, before any data. */
    void onHead(ResponseHead head);

    /** The next body bytes. The buffer is only valid during the call: copy what must be kept. */
    void onData(ByteBuffer data);

    /** The body ended normally. */
    void onEnd();

    /** The call failed, before or after the head (connection refused or reset, cancelled, timed out). */
    void onFailure(Exception cause);
}
