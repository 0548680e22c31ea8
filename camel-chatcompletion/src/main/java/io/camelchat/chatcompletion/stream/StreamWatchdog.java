package io.camelchat.chatcompletion.stream;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Enforces firstTokenTimeout (request sent until the first data event) and idleTimeout (gap between data events, from
 * the first one on) with at most one scheduled check at a time, rescheduled for the time that remains. Comments and
 * keep-alives are not data events.
 */
public final class StreamWatchdog {

    private final ScheduledExecutorService timer;
    private final long firstTokenNanos;
    private final long idleNanos;
    private final BiConsumer<String, Long> onTimeout;
    private final long startNanos = System.nanoTime();
    private volatile long lastEventNanos;
    private boolean stopped;
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

    public synchronized void start() {
        if (firstTokenNanos > 0) {
            schedule(firstTokenNanos);
        }
    }

    /** A data event arrived: from the first one on, the idle limit replaces the first-token limit. */
    public void onDataEvent() {
        boolean first = lastEventNanos == 0;
        lastEventNanos = System.nanoTime();
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
            check = timer.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
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
            long now = System.nanoTime();
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
