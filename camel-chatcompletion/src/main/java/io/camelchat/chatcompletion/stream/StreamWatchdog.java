package io.camelchat.chatcompletion.stream;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Enforces firstTokenTimeout (request sent until the first data event) and idleTimeout (gap between data events, from
 * the first one on) with at most one scheduled check at a time, rescheduled for the time that remains. Comments and
 * keep-alives are not data events. Time is read from the given clock, which stands still while the route holds the
 * stream back.
 */
public final class StreamWatchdog {

    private final ScheduledExecutorService timer;
    private final long firstTokenNanos;
    private final long idleNanos;
    private final BiConsumer<String, Long> onTimeout;
    private final LongSupplier clock;
    private final long startNanos;
    private volatile long lastEventNanos;
    private boolean stopped;
    private ScheduledFuture<?> check;

    /**
     * @param onTimeout called with the option name and its value in milliseconds when a limit is exceeded
     */
    public StreamWatchdog(ScheduledExecutorService timer, LongSupplier clock, long firstTokenMs, long idleMs,
                          BiConsumer<String, Long> onTimeout) {
        this.timer = timer;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.firstTokenNanos = TimeUnit.MILLISECONDS.toNanos(firstTokenMs);
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMs);
        this.onTimeout = onTimeout;
    }

    public synchronized void start() {
        if (firstTokenNanos > 0) {
            schedule(firstTokenNanos);
        }
    }

    /** A data event arrived: from the first one on, the idle limit replaces the first-token limit. */
    public void onDataEvent() {
        boolean first = lastEventNanos == 0;
        lastEventNanos = clock.getAsLong();
        if (first) {
            synchronized (this) {
                if (check != null) {
                    check.cancel(false);
                    check = null;
                }
                if (idleNanos > 0) {
                    schedule(idleNanos);
                }
            }
        }
    }

    public synchronized void stop() {
        stopped = true;
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    private void schedule(long delayNanos) {
        if (!stopped) {
            try {
                check = timer.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                // the component is stopping, and stops every call itself
                check = null;
            }
        }
    }

    private void check() {
        String expired = null;
        long limit = 0;
        synchronized (this) {
            check = null;
            if (stopped) {
                return;
            }
            long now = clock.getAsLong();
            long last = lastEventNanos;
            if (last == 0) {
                long left = startNanos + firstTokenNanos - now;
                if (left > 0) {
                    schedule(left);
                } else {
                    expired = "firstTokenTimeout";
                    limit = firstTokenNanos;
                }
            } else if (idleNanos > 0) {
                long left = last + idleNanos - now;
                if (left > 0) {
                    schedule(left);
                } else {
                    expired = "idleTimeout";
                    limit = idleNanos;
                }
            }
        }
        if (expired != null) {
            stop();
            onTimeout.accept(expired, TimeUnit.NANOSECONDS.toMillis(limit));
        }
    }
}
