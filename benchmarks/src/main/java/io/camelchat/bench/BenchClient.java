package io.camelchat.bench;

/**
 * One way of calling the stub server. A call returns the number of text pieces it read: 1 for a non-empty
 * non-streamed answer, the number of non-empty deltas for a stream.
 */
interface BenchClient extends AutoCloseable {

    /** Receives the outcome of an asynchronous call. */
    interface Done {
        void done(int pieces, Throwable failure);
    }

    /** True when {@link #callBlocking()} must be used: a caller thread per call in flight. */
    boolean blocking();

    default int callBlocking() throws Exception {
        throw new UnsupportedOperationException();
    }

    default void callAsync(Done done) {
        throw new UnsupportedOperationException();
    }

    @Override
    default void close() throws Exception {
    }
}
