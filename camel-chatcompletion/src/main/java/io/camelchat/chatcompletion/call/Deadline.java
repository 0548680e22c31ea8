package io.camelchat.chatcompletion.call;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A time limit on an {@link ActiveClock}: one scheduled check at a time, rescheduled for the time that remains when
 * the clock stood still meanwhile. The expiry action runs on the timer thread and must only hand work off.
 */
final class Deadline {

    private final ScheduledExecutorService timer;
    private final LongSupplier clock;
    private final long endNanos;
    private final Runnable onExpiry;
    private ScheduledFuture<?> check;
    private boolean cancelled;

    private Deadline(ScheduledExecutorService timer, LongSupplier clock, long limitMillis, Runnable onExpiry) {
        this.timer = timer;
        this.clock = clock;
        this.endNanos = clock.getAsLong() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        this.onExpiry = onExpiry;
    }

    /** Starts a limit; a limit of 0 or less means none and returns null. */
    static Deadline start(ScheduledExecutorService timer, LongSupplier clock, long limitMillis, Runnable onExpiry) {
        if (limitMillis <= 0) {
            return null;
        }
        Deadline deadline = new Deadline(timer, clock, limitMillis, onExpiry);
        deadline.schedule(TimeUnit.MILLISECONDS.toNanos(limitMillis));
        return deadline;
    }

    /** Milliseconds left, never negative. */
    long remainingMillis() {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(endNanos - clock.getAsLong()));
    }

    synchronized void cancel() {
        cancelled = true;
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    private synchronized void schedule(long delayNanos) {
        if (cancelled) {
            return;
        }
        try {
            check = timer.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopped) {
            // the component is stopping, and stops every call itself
            check = null;
        }
    }

    private void check() {
        synchronized (this) {
            check = null;
            if (cancelled) {
                return;
            }
            long left = endNanos - clock.getAsLong();
            if (left > 0) {
                schedule(left);
                return;
            }
            cancelled = true;
        }
        onExpiry.run();
    }
}
