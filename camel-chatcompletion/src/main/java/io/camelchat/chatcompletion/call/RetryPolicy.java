package io.camelchat.chatcompletion.call;

import java.util.concurrent.ThreadLocalRandom;

import io.camelchat.chatcompletion.ChatCompletionException;

/**
 * Decides whether and when a failed attempt is tried again: only retryable failures, at most maxRetries times, after
 * the server's wait hint when it gave one (up to maxRetryAfter), otherwise after an exponential backoff with jitter.
 */
public final class RetryPolicy {

    /** What to do after a failed attempt: retry after delayMs, or give up with failure. */
    public record Decision(boolean retry, long delayMs, ChatCompletionException failure) {
    }

    private final int maxRetries;
    private final long initialDelayMs;
    private final long maxDelayMs;
    private final long maxRetryAfterMs;

    public RetryPolicy(int maxRetries, long initialDelayMs, long maxDelayMs, long maxRetryAfterMs) {
        this.maxRetries = maxRetries;
        this.initialDelayMs = initialDelayMs;
        this.maxDelayMs = maxDelayMs;
        this.maxRetryAfterMs = maxRetryAfterMs;
    }

    /**
     * @param failure      why the attempt failed
     * @param attemptsMade how many attempts were made so far, the failed one included
     */
    public Decision decide(ChatCompletionException failure, int attemptsMade) {
        if (!failure.isRetryable() || attemptsMade > maxRetries) {
            return new Decision(false, 0, failure);
        }
        Long hint = failure.getRetryAfterMs();
        if (hint != null && hint > maxRetryAfterMs) {
            return new Decision(false, 0, failure.toBuilder()
                    .providerMessage(failure.getProviderMessage() + " (the server asked to wait " + hint
                                     + " ms, more than maxRetryAfter " + maxRetryAfterMs + " ms: not retried)")
                    .build());
        }
        return new Decision(true, hint != null ? hint : backoff(attemptsMade), failure);
    }

    /** initialDelay doubled per attempt, capped at maxDelay, then a random 50% to 100% of it. */
    long backoff(int attemptsMade) {
        double exponential = initialDelayMs * Math.pow(2, attemptsMade - 1);
        long capped = (long) Math.min(maxDelayMs, exponential);
        return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
    }
}
