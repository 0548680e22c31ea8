package io.camelchat.chatcompletion.http;

/**
 * A request in flight.
 */
public interface HttpCall {

    /** Aborts the call and closes its connection; the listener then gets no further data. Safe to call repeatedly. */
    void cancel();

    /** Stops reading body bytes from the socket until {@link #resumeReading()}; the server's writes then back up. */
    void suspendReading();

    /** Reads body bytes again after {@link #suspendReading()}. */
    void resumeReading();
}
