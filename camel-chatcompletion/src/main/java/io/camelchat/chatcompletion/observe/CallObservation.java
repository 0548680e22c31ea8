package io.camelchat.chatcompletion.observe;

import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.stream.StreamChunk;

/**
 * What one call reports while it runs. Every method may be called from an I/O, timer or executor thread and must not
 * throw; {@link #succeeded} or {@link #failed} is called exactly once, last.
 */
public interface CallObservation {

    /** Observes nothing. */
    CallObservation NOOP = new CallObservation() {
    };

    /**
     * An attempt is about to be sent; trace context headers may be added.
     *
     * @param attempt 1 for the first attempt
     * @param headers the HTTP request headers, mutable
     */
    default void beforeSend(int attempt, Map<String, String> headers) {
    }

    /** An attempt got an in-flight slot after waiting this long (0 when one was free). */
    default void slotWaited(long nanos) {
    }

    /** An attempt got its rate-limit budget after waiting this long. */
    default void budgetWaited(long millis) {
    }

    /** The head of an answer arrived (success or not). */
    default void responseHead(ResponseHead head) {
    }

    /** An attempt failed and the call retries it after {@code delayMs}. */
    default void retrying(int attempt, ChatCompletionException failure, long delayMs) {
    }

    /** A streamed text piece arrived (on the I/O thread). */
    default void chunk(StreamChunk chunk) {
    }

    /** The call succeeded with this answer. */
    default void succeeded(ChatCompletionResponse response) {
    }

    /** The call failed for good. */
    default void failed(Throwable failure) {
    }
}
