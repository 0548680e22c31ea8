package io.camelchat.chatcompletion.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Caps the calls one endpoint has in flight. A call over the cap waits in a queue, holding no thread, and is started
 * when a slot frees up. Every call gets a {@link Ticket}; closing the ticket frees the slot when it holds one, or
 * withdraws the call from the queue when it is still waiting, so a slot is only ever freed by the call that held it.
 */
public final class InFlightLimiter {

    /** A call that wants a slot. */
    public interface Waiter {
        /**
         * The slot is this call's, held by {@code ticket} (the one {@link #acquire} returns): send now. Runs on the
         * thread that freed the slot, or on the caller's.
         */
        void granted(Ticket ticket);

        /** The limiter was closed while the call waited; the call never held a slot. */
        void rejected(Exception cause);
    }

    private enum State { WAITING, GRANTED, CLOSED }

    /** One call's place at the limiter. */
    public final class Ticket {
        private final Waiter waiter;
        private State state = State.WAITING;

        private Ticket(Waiter waiter) {
            this.waiter = waiter;
        }

        /** Frees the slot if this call holds it, withdraws it if it still waits; idempotent. */
        public void close() {
            boolean held;
            synchronized (InFlightLimiter.this) {
                held = state == State.GRANTED;
                if (state == State.WAITING) {
                    waiting.remove(this);
                }
                state = State.CLOSED;
                if (!held) {
                    return;
                }
            }
            handOff();
        }

    }

    /** Slots handed to waiters on this thread, run one after another rather than recursively. */
    private static final ThreadLocal<ArrayDeque<Ticket>> HAND_OFFS = new ThreadLocal<>();

    private final int maxInFlight;
    private final Runnable onFirstWait;
    private final LinkedHashSet<Ticket> waiting = new LinkedHashSet<>();
    private int inFlight;
    private boolean waitedBefore;
    private Exception closedBy;

    /** @param onFirstWait runs once, on the caller's thread, the first time a call has to wait for a slot */
    public InFlightLimiter(int maxInFlight, Runnable onFirstWait) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1, was " + maxInFlight);
        }
        this.maxInFlight = maxInFlight;
        this.onFirstWait = onFirstWait;
    }

    /**
     * Takes a free slot now (and calls {@code granted} on this thread), or queues the call for the next free one; a
     * closed limiter rejects it at once.
     */
    public Ticket acquire(Waiter waiter) {
        Ticket ticket = new Ticket(waiter);
        Exception closed;
        boolean granted = false;
        boolean firstWait = false;
        synchronized (this) {
            closed = closedBy;
            if (closed != null) {
                ticket.state = State.CLOSED;
            } else if (inFlight >= maxInFlight) {
                waiting.add(ticket);
                firstWait = !waitedBefore;
                waitedBefore = true;
            } else {
                inFlight++;
                ticket.state = State.GRANTED;
                granted = true;
            }
        }
        if (closed != null) {
            waiter.rejected(closed);
        } else if (granted) {
            start(ticket);
        } else if (firstWait) {
            onFirstWait.run();
        }
        return ticket;
    }

    /** A slot was freed: it passes to the oldest waiter, or back to the pool. */
    private void handOff() {
        Ticket next;
        synchronized (this) {
            next = closedBy == null ? pollWaiting() : null;
            if (next == null) {
                inFlight--;
                return;
            }
            next.state = State.GRANTED;
        }
        start(next);
    }

    private Ticket pollWaiting() {
        var iterator = waiting.iterator();
        if (!iterator.hasNext()) {
            return null;
        }
        Ticket next = iterator.next();
        iterator.remove();
        return next;
    }

    /**
     * Starts a granted call. A call that fails at once frees its slot from inside {@code granted}, which starts the
     * next waiter: those starts are queued and run by the outermost call on this thread, so the stack never grows
     * with the queue.
     */
    private static void start(Ticket ticket) {
        ArrayDeque<Ticket> pending = HAND_OFFS.get();
        if (pending != null) {
            pending.add(ticket);
            return;
        }
        pending = new ArrayDeque<>();
        HAND_OFFS.set(pending);
        try {
            for (Ticket next = ticket; next != null; next = pending.poll()) {
                try {
                    next.waiter.granted(next);
                } catch (RuntimeException | Error unexpected) {
                    next.close();
                    next.waiter.rejected(unexpected instanceof Exception e ? e : new IllegalStateException(unexpected));
                }
            }
        } finally {
            HAND_OFFS.remove();
        }
    }

    /** The calls holding a slot now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** The calls waiting for a slot now. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Fails every call still waiting for a slot (they never held one) and every later one: nothing starts anymore. */
    public void close(Exception cause) {
        List<Ticket> drained;
        synchronized (this) {
            closedBy = cause;
            drained = new ArrayList<>(waiting);
            waiting.clear();
            drained.forEach(ticket -> ticket.state = State.CLOSED);
        }
        drained.forEach(ticket -> ticket.waiter.rejected(cause));
    }
}
