package io.camelchat.chatcompletion.examples.gateway;

import java.util.concurrent.TimeUnit;

/**
 * The gateway's requests-per-minute quota, enforced as providers do: a bucket that refills continuously and holds a
 * second's worth at most.
 */
final class GatewayQuota {

    private final int requestsPerMinute;
    private double available;
    private long refilledAt = System.nanoTime();

    GatewayQuota(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
        this.available = capacity();
    }

    /** Takes one request: the requests left after it, or -1 when the quota is used up. */
    synchronized long take() {
        long now = System.nanoTime();
        available = Math.min(capacity(), available + (now - refilledAt) / 60e9 * requestsPerMinute);
        refilledAt = now;
        if (available < 1) {
            return -1;
        }
        available -= 1;
        return (long) available;
    }

    /** How long until the next request fits, in milliseconds. */
    synchronized long millisUntilNext() {
        return Math.max(1, (long) Math.ceil((1 - available) * TimeUnit.MINUTES.toMillis(1) / requestsPerMinute));
    }

    private double capacity() {
        return Math.max(1, requestsPerMinute / 60.0);
    }
}
