package io.camelchat.chatcompletion.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Caps the calls one endpoint has in flight. A call over the cap waits in a queue, holding no thread, and is started
 * on the given executor when a slot frees up.
 */
public final class InFlightLimiter {

    private record Waiter(Runnable start, Consumer<Exception> reject) {
    }

    private final int maxInFlight;
    private final Executor executor;
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private int inFlight;

    public InFlightLimiter(int maxInFlight, Executor executor) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        this.executor = executor;
    }

    /**
     * Runs {@code start} now when a slot is free, otherwise when one frees up; a started call must end with
     * {@link #release()}. {@code reject} is called instead if the limiter is closed while the call waits.
     */
    public void acquire(Runnable start, Consumer<Exception> reject) {
        synchronized (this) {
            if (inFlight >= maxInFlight) {
                waiting.add(new Waiter(start, reject));
                return;
            }
            inFlight++;
        }
        start.run();
    }

    /** Frees a slot, handing it straight to the next waiting call if there is one. */
    public void release() {
        Waiter next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                inFlight--;
                return;
            }
        }
        executor.execute(next.start());
    }

    /** Fails every call still waiting for a slot. */
    public void rejectWaiting(Exception cause) {
        List<Waiter> drained;
        synchronized (this) {
            drained = new ArrayList<>(waiting);
            waiting.clear();
        }
        drained.forEach(waiter -> waiter.reject().accept(cause));
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public synchronized int waiting() {
        return waiting.size();
    }
}
