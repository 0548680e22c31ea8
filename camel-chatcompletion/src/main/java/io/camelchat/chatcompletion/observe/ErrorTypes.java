package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.ChatCompletionException;

/**
 * The low-cardinality error.type of a failure: the {@link io.camelchat.chatcompletion.ChatCompletionErrorKind} name
 * (HTTP, ENVELOPE, INLINE, PROTOCOL, TRANSPORT, TIMEOUT) for the component's own failures, otherwise the exception's
 * fully qualified class name, as the OpenTelemetry conventions suggest.
 */
public final class ErrorTypes {

    private ErrorTypes() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof ChatCompletionException known && known.getKind() != null) {
            return known.getKind().name();
        }
        return failure == null ? "_OTHER" : failure.getClass().getName();
    }
}
