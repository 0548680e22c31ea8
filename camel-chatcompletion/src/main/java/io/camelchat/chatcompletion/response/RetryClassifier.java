package io.camelchat.chatcompletion.response;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a failure is worth retrying (client contract rule 3). Retryable statuses: 408 (request timeout),
 * 409 (conflict, e.g. a lock), 429 (rate limit), 500, 502, 503, 504, and the transient CDN and overload codes 520 to
 * 524 and 529; never 501 or 505, which will not change on a retry, nor an exhausted quota.
 */
public final class RetryClassifier {

    /** Statuses worth another attempt; documented in the component docs (Error Handling). */
    public static final Set<Integer> RETRYABLE_STATUSES
            = Set.of(408, 409, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529);
    private static final Set<String> RATE_LIMIT_CODES = Set.of(
            "429", "rate_limit_exceeded", "rate_limit_error", "too_many_requests", "throttling_error");
    private static final Set<String> TRANSIENT_CODES = Set.of(
            "server_error", "rate_limit_exceeded", "rate_limit_error", "throttling_error", "api_error",
            "overloaded", "overloaded_error", "service_unavailable", "server_overloaded", "internal_error",
            "internal_server_error", "timeout", "request_timeout", "too_many_requests", "engine_overloaded");
    private static final String INSUFFICIENT_QUOTA = "insufficient_quota";

    private RetryClassifier() {
    }

    /** For a non-2xx response: the status decides, unless the provider says the quota is exhausted. */
    public static boolean isRetryableHttp(int status, String code, String type) {
        return RETRYABLE_STATUSES.contains(status) && !isQuota(code, type);
    }

    /** For an error inside a 2xx answer (envelope or inline): a numeric code works like a status, or a transient code. */
    public static boolean isRetryableDeclared(String code, String type) {
        if (isQuota(code, type)) {
            return false;
        }
        Integer numeric = asInteger(code);
        if (numeric != null) {
            return RETRYABLE_STATUSES.contains(numeric);
        }
        return isTransient(code) || isTransient(type);
    }

    /** Whether the server says to slow down: HTTP 429, or a rate-limit code, but not an exhausted quota. */
    public static boolean isRateLimit(int status, String code, String type) {
        if (isQuota(code, type)) {
            return false;
        }
        return status == 429 || code != null && RATE_LIMIT_CODES.contains(code.toLowerCase(Locale.ROOT))
               || type != null && RATE_LIMIT_CODES.contains(type.toLowerCase(Locale.ROOT));
    }

    private static boolean isQuota(String code, String type) {
        return INSUFFICIENT_QUOTA.equalsIgnoreCase(code) || INSUFFICIENT_QUOTA.equalsIgnoreCase(type);
    }

    private static boolean isTransient(String value) {
        return value != null && TRANSIENT_CODES.contains(value.toLowerCase(Locale.ROOT));
    }

    private static Integer asInteger(String code) {
        if (code == null || code.isEmpty() || code.length() > 9) {
            return null;
        }
        for (int i = 0; i < code.length(); i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return null;
            }
        }
        return Integer.valueOf(code);
    }
}
