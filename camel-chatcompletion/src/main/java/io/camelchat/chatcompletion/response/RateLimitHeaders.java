package io.camelchat.chatcompletion.response;

import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.http.ResponseHead;
import org.apache.camel.Message;

/**
 * Copies the rate-limit headers a server sent (and only those) onto the message.
 */
public final class RateLimitHeaders {

    private static final Map<String, String> HEADERS = Map.of(
            "x-ratelimit-remaining-requests", ChatCompletionConstants.RATE_LIMIT_REMAINING_REQUESTS,
            "x-ratelimit-remaining-tokens", ChatCompletionConstants.RATE_LIMIT_REMAINING_TOKENS,
            "x-ratelimit-reset-requests", ChatCompletionConstants.RATE_LIMIT_RESET_REQUESTS,
            "x-ratelimit-reset-tokens", ChatCompletionConstants.RATE_LIMIT_RESET_TOKENS);

    private RateLimitHeaders() {
    }

    /**
     * @param replace whether the message may hold the rate limits of an earlier answer of the same call (they are
     *                removed); false on a message whose call headers were cleared when the call started
     */
    public static void apply(ResponseHead head, Message message, boolean replace) {
        if (replace) {
            HEADERS.values().forEach(message::removeHeader);
        }
        if (head != null) {
            HEADERS.forEach((httpHeader, camelHeader) -> {
                String value = head.header(httpHeader);
                if (value != null) {
                    message.setHeader(camelHeader, value);
                }
            });
        }
    }
}
