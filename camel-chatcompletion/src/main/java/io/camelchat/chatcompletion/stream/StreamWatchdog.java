package io.camelchat.chatcompletion.stream;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Enforces firstTokenTimeout (request sent to first data event) and idleTimeout (gap between data events) with one
 * scheduled check at a time, rescheduled for the time that remains. Comments and keep-alives are not data events.
 */
public final class StreamWatchdog {

    private final ScheduledExecutorService timer;
    private final long firstTokenNanos;
    private final long idleNanos;
    private final BiConsumer<String, Long> onTimeout;
    private final long startNanos = System.nanoTime();
    private volatile long lastEventNanos;
    private volatile boolean stopped;
    private ScheduledFuture<?> check;

    /**
     * @param onTimeout called with the option name and its value in milliseconds when a limit is exceeded
     */
    public StreamWatchdog(ScheduledExecutorService timer, long firstTokenMs, long idleMs,
                          BiConsumer<String, Long> onTimeout) {
        this.timer = timer;
        this.firstTokenNanos = TimeUnit.MILLISECONDS.toNanos(firstTokenMs);
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMs);
        this.onTimeout = onTimeout;
    }

    public void start() {
        long first = firstTokenNanos > 0 ? firstTokenNanos : idleNanos;
        if (first > 0) {
            schedule(untilNextCheck(first));
        }
    }

    /**
     * Before the first data event, check at least every idleTimeout: once data has started, a stall must be caught
     * idleTimeout after the last event, not when a longer firstTokenTimeout would have expired.
     */
    private long untilNextCheck(long firstTokenLeft) {
        return idleNanos > 0 ? Math.min(firstTokenLeft, idleNanos) : firstTokenLeft;
    }

    /** A data event arrived. */
    public void onDataEvent() {
        lastEventNanos = System.nanoTime();
    }

    public synchronized void stop() {
        stopped = true;
        if (check != null) {
            check.cancel(false);
        }
    }

    private synchronized void schedule(long delayNanos) {
        if (!stopped) {
            check = timer.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void check() {
        if (stopped) {
            return;
        }
        long now = System.nanoTime();
        long last = lastEventNanos;
        if (last == 0) {
            long limit = firstTokenNanos > 0 ? firstTokenNanos : idleNanos;
            long left = startNanos + limit - now;
            if (left <= 0) {
                expire(firstTokenNanos > 0 ? "firstTokenTimeout" : "idleTimeout", limit);
            } else {
                schedule(untilNextCheck(left));
            }
        } else if (idleNanos > 0) {
            long left = last + idleNanos - now;
            if (left <= 0) {
                expire("idleTimeout", idleNanos);
            } else {
                schedule(left);
            }
        }
    }

    private void expire(String option, long limitNanos) {
        stop();
        onTimeout.accept(option, TimeUnit.NANOSECONDS.toMillis(limitNanos));
    }
}
