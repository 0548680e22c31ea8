package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;

/** The comparable fields of a {@link ChatCompletionException} (exceptions have no value equality). */
record Failure(ChatCompletionErrorKind kind, int httpStatus, String code, String type, String message,
               boolean retryable, Long retryAfterMs, String partialContent, String finishReason) {

    static Failure of(ChatCompletionException e) {
        return new Failure(e.getKind(), e.getHttpStatus(), e.getErrorCode(), e.getErrorType(),
                e.getProviderMessage(), e.isRetryable(), e.getRetryAfterMs(), e.getPartialContent(),
                e.getFinishReason());
    }
}
