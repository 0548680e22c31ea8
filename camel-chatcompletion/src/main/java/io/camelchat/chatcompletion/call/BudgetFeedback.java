package io.camelchat.chatcompletion.call;

import java.time.Instant;

import io.camelchat.chatcompletion.budget.RateBudget;
import io.camelchat.chatcompletion.budget.ResetDuration;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.response.RetryAfter;

/**
 * What a response head tells a rate-limit budget: the remaining requests and tokens the server reports (OpenAI, Azure,
 * Groq: {@code x-ratelimit-remaining-requests/-tokens}; OpenRouter: {@code x-ratelimit-remaining}), and, for a 429,
 * how long the whole group must pause ({@code retry-after-ms}, {@code retry-after}, else the reset times, else 1 s).
 */
final class BudgetFeedback {

    private static final long DEFAULT_PAUSE_MS = 1_000;

    private BudgetFeedback() {
    }

    static void apply(ResponseHead head, RateBudget budget) {
        Long requests = number(head.header("x-ratelimit-remaining-requests"));
        if (requests == null) {
            requests = number(head.header("x-ratelimit-remaining"));
        }
        budget.observe(requests, number(head.header("x-ratelimit-remaining-tokens")));
        if (head.status() == 429) {
            budget.pause(pauseMillis(head));
        }
    }

    private static long pauseMillis(ResponseHead head) {
        Long hint = RetryAfter.fromHeaders(head::header, Instant.now());
        if (hint != null) {
            return hint;
        }
        Long requestsReset = ResetDuration.millis(head.header("x-ratelimit-reset-requests"));
        Long tokensReset = ResetDuration.millis(head.header("x-ratelimit-reset-tokens"));
        if (requestsReset != null || tokensReset != null) {
            return Math.max(requestsReset == null ? 0 : requestsReset, tokensReset == null ? 0 : tokensReset);
        }
        return DEFAULT_PAUSE_MS;
    }

    private static Long number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return (long) Double.parseDouble(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
