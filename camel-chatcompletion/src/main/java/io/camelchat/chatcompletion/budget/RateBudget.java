package io.camelchat.chatcompletion.budget;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A requests-per-minute and tokens-per-minute budget shared by every call of one rate-limit group. It refills
 * continuously and holds at most half a second's worth, so calls are spread evenly over the minute as providers
 * enforce their limits, with a margin for the time requests take to reach the server (a server's own bucket, full
 * while a burst is still on its way, loses what it would have refilled meanwhile). A call larger than the budget's
 * capacity goes when the budget is full, and the debt it leaves delays the next ones. Calls that find no budget wait in order, holding no thread: a timer wakes the first one when
 * its budget has refilled. The server's own word corrects the budget: remaining counts lower it, and a 429 pauses the
 * whole group until its Retry-After.
 */
public final class RateBudget {

    private static final double NANOS_PER_MINUTE = 60e9;
    /** The most the budget holds, in seconds of its rate: the largest burst it lets through. */
    private static final double BURST_SECONDS = 0.5;

    /** A call that wants budget. */
    public interface Waiter {
        /** The budget is taken: go on. Runs on the caller's thread or on the component's timer. */
        void granted(Grant grant);
    }

    /** One call's share: waiting for budget, or taken. */
    public final class Grant {
        private final Waiter waiter;
        private final long startNanos = System.nanoTime();
        private long tokens;
        private long waitedNanos = -1;
        private boolean withdrawn;

        private Grant(Waiter waiter, long tokens) {
            this.waiter = waiter;
            this.tokens = tokens;
        }

        /** Leaves the queue if still waiting (a call that gave up); a taken share stays spent. */
        public void withdraw() {
            synchronized (RateBudget.this) {
                if (waitedNanos < 0 && !withdrawn) {
                    withdrawn = true;
                    queue.remove(this);
                }
            }
        }

        /** The answer said how many tokens the call really used: the estimate is replaced by it. */
        public void settle(long actualTokens) {
            synchronized (RateBudget.this) {
                if (waitedNanos >= 0 && tokensPerMinute > 0) {
                    availableTokens += tokens - actualTokens;
                    tokens = actualTokens;
                }
            }
        }

        /** Whether the call still waits for its budget. */
        public boolean isWaiting() {
            synchronized (RateBudget.this) {
                return waitedNanos < 0 && !withdrawn;
            }
        }

        /** How long the call waited for its budget, in milliseconds (so far, while it waits). */
        public long waitedMillis() {
            synchronized (RateBudget.this) {
                return TimeUnit.NANOSECONDS.toMillis(waitedNanos >= 0 ? waitedNanos : System.nanoTime() - startNanos);
            }
        }
    }

    private final int requestsPerMinute;
    private final int tokensPerMinute;
    private final ScheduledExecutorService timer;
    private final double requestCapacity;
    private final double tokenCapacity;
    private final ArrayDeque<Grant> queue = new ArrayDeque<>();
    private double availableRequests;
    private double availableTokens;
    private long refilledAt = System.nanoTime();
    private long pausedUntil = refilledAt;
    private ScheduledFuture<?> wakeUp;

    /**
     * @param requestsPerMinute the requests a minute allows, 0 for no request limit
     * @param tokensPerMinute   the tokens a minute allows, 0 for no token limit
     * @param timer             wakes waiting calls (never runs route code)
     */
    public RateBudget(int requestsPerMinute, int tokensPerMinute, ScheduledExecutorService timer) {
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.timer = timer;
        this.requestCapacity = Math.max(1, requestsPerMinute / 60.0 * BURST_SECONDS);
        this.tokenCapacity = Math.max(1, tokensPerMinute / 60.0 * BURST_SECONDS);
        this.availableRequests = requestCapacity;
        this.availableTokens = tokenCapacity;
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    public int tokensPerMinute() {
        return tokensPerMinute;
    }

    /**
     * Fails when a call needs more tokens than a whole minute allows: it could never go.
     *
     * @throws IllegalArgumentException that says so
     */
    public void checkFits(long estimatedTokens) {
        if (tokensPerMinute > 0 && estimatedTokens > tokensPerMinute) {
            throw new IllegalArgumentException("The request needs an estimated " + estimatedTokens
                                               + " tokens, more than tokensPerMinute " + tokensPerMinute
                                               + " allows: it could never be sent. Lower maxTokens or raise "
                                               + "tokensPerMinute");
        }
    }

    /** Takes one request and the estimated tokens now (calling {@code granted} on this thread), or queues the call. */
    public Grant acquire(long estimatedTokens, Waiter waiter) {
        Grant grant = new Grant(waiter, estimatedTokens);
        synchronized (this) {
            queue.add(grant);
        }
        dispatch();
        return grant;
    }

    /** The server said how much it has left: the local budget never counts on more. */
    public synchronized void observe(Long remainingRequests, Long remainingTokens) {
        refill(System.nanoTime());
        if (remainingRequests != null && requestsPerMinute > 0) {
            availableRequests = Math.min(availableRequests, remainingRequests);
        }
        if (remainingTokens != null && tokensPerMinute > 0) {
            availableTokens = Math.min(availableTokens, remainingTokens);
        }
    }

    /** The server said to slow down (a 429): nobody in the group goes before the wait is over. */
    public void pause(long millis) {
        synchronized (this) {
            pausedUntil = Math.max(pausedUntil, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
        }
        dispatch();
    }

    /** Grants the calls at the head of the queue that the budget allows, and sets the timer for the next one. */
    private void dispatch() {
        List<Grant> granted = new ArrayList<>();
        synchronized (this) {
            long now = System.nanoTime();
            refill(now);
            while (!queue.isEmpty()) {
                Grant head = queue.peek();
                long waitNanos = waitNanos(head, now);
                if (waitNanos > 0) {
                    scheduleWakeUp(waitNanos);
                    break;
                }
                queue.poll();
                availableRequests -= requestsPerMinute > 0 ? 1 : 0;
                availableTokens -= tokensPerMinute > 0 ? head.tokens : 0;
                head.waitedNanos = now - head.startNanos;
                granted.add(head);
            }
        }
        granted.forEach(grant -> grant.waiter.granted(grant));
    }

    private long waitNanos(Grant grant, long now) {
        double wait = pausedUntil - now;
        if (requestsPerMinute > 0) {
            wait = Math.max(wait, (1 - availableRequests) * NANOS_PER_MINUTE / requestsPerMinute);
        }
        if (tokensPerMinute > 0) {
            double needed = Math.min(grant.tokens, tokenCapacity);
            wait = Math.max(wait, (needed - availableTokens) * NANOS_PER_MINUTE / tokensPerMinute);
        }
        return (long) Math.ceil(wait);
    }

    private void refill(long now) {
        double minutes = (now - refilledAt) / NANOS_PER_MINUTE;
        refilledAt = now;
        availableRequests = Math.min(requestCapacity, availableRequests + minutes * requestsPerMinute);
        availableTokens = Math.min(tokenCapacity, availableTokens + minutes * tokensPerMinute);
    }

    private void onWakeUp() {
        synchronized (this) {
            wakeUp = null;
        }
        dispatch();
    }

    private void scheduleWakeUp(long delayNanos) {
        if (wakeUp != null && !wakeUp.isDone()) {
            if (wakeUp.getDelay(TimeUnit.NANOSECONDS) <= delayNanos) {
                return;
            }
            wakeUp.cancel(false);
        }
        try {
            wakeUp = timer.schedule(this::onWakeUp, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is stopping, and stops every call itself
            wakeUp = null;
        }
    }
}
