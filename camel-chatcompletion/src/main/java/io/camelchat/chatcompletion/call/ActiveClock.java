package io.camelchat.chatcompletion.call;

import java.util.function.LongSupplier;

/**
 * The time a call has been waiting for its server, in nanoseconds: it stands still while the component itself has
 * stopped reading because the route is slow (stream backpressure), so timeouts never count the route's time against
 * the server.
 */
public final class ActiveClock implements LongSupplier {

    private long pausedTotal;
    private long pausedSince;
    private boolean paused;

    @Override
    public synchronized long getAsLong() {
        long now = System.nanoTime();
        return now - pausedTotal - (paused ? now - pausedSince : 0);
    }

    public synchronized void pause() {
        if (!paused) {
            paused = true;
            pausedSince = System.nanoTime();
        }
    }

    public synchronized void resume() {
        if (paused) {
            paused = false;
            pausedTotal += System.nanoTime() - pausedSince;
        }
    }
}
