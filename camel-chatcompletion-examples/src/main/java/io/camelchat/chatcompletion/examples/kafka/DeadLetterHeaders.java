package io.camelchat.chatcompletion.examples.kafka;

import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Prepares a failed review for the dead-letter topic: the body goes back to the original review JSON, and the
 * failure's fields become Kafka headers ({@code chat-error-kind}, {@code chat-http-status}, {@code chat-error-code},
 * {@code chat-error-type}, {@code chat-provider-message}, {@code chat-retryable}, {@code chat-retry-after-ms},
 * {@code chat-partial-content}, {@code chat-finish-reason}; {@code chat-error} for any other exception), all
 * Strings so any consumer can read them.
 */
public final class DeadLetterHeaders implements Processor {

    public static final String KIND = "chat-error-kind";
    public static final String HTTP_STATUS = "chat-http-status";
    public static final String ERROR_CODE = "chat-error-code";
    public static final String ERROR_TYPE = "chat-error-type";
    public static final String PROVIDER_MESSAGE = "chat-provider-message";
    public static final String RETRYABLE = "chat-retryable";
    public static final String RETRY_AFTER_MS = "chat-retry-after-ms";
    public static final String PARTIAL_CONTENT = "chat-partial-content";
    public static final String FINISH_REASON = "chat-finish-reason";
    public static final String ERROR = "chat-error";

    @Override
    public void process(Exchange exchange) {
        Exception caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Message message = exchange.getMessage();
        String review = exchange.getProperty(ReviewPrompt.REVIEW_PROPERTY, String.class);
        if (review != null) {
            message.setBody(review);
        }
        message.setHeader(ERROR, caught == null ? "unknown" : caught.getClass().getSimpleName() + ": " + caught.getMessage());
        if (caught instanceof ChatCompletionException error) {
            put(message, KIND, error.getKind());
            put(message, HTTP_STATUS, error.getHttpStatus());
            put(message, ERROR_CODE, error.getErrorCode());
            put(message, ERROR_TYPE, error.getErrorType());
            put(message, PROVIDER_MESSAGE, error.getProviderMessage());
            put(message, RETRYABLE, error.isRetryable());
            put(message, RETRY_AFTER_MS, error.getRetryAfterMs());
            put(message, PARTIAL_CONTENT, error.getPartialContent());
            put(message, FINISH_REASON, error.getFinishReason());
        }
    }

    private static void put(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, String.valueOf(value));
        }
    }
}
