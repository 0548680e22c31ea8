package io.camelchat.chatcompletion.stream;

/**
 * What a consumer of a stream can ask of the connection that feeds it.
 */
public interface StreamControl {

    /** Stop reading from the socket: the consumer has enough buffered. */
    void suspendReading();

    /** Read again. */
    void resumeReading();

    /** The consumer has stopped early: close the stream and free its connection. */
    void abandon();
}
