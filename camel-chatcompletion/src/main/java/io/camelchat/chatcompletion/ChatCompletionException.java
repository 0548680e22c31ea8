package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.response.RetryClassifier;
import java.util.List;

import org.apache.camel.CamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * A chat completion call failed. The fields say where it failed ({@link #getKind()}), what the server said, whether a
 * retry can help, and which text had already been delivered. Neither the message nor any field ever holds the API key.
 */
public class ChatCompletionException extends CamelException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private final ChatCompletionErrorKind kind;
    private int httpStatus;
    private String httpStatusText;
    private final String errorCode;
    private final String errorType;
    private final String providerMessage;
    private final boolean retryable;
    private final Long retryAfterMs;
    private final String partialContent;
    private final String finishReason;
    private final String responseBody;
    private final String rawOutput;
    private final List<String> validationErrors;
    private final String refusal;

    private ChatCompletionException(Builder builder) {
        super(describe(builder), builder.cause);
        this.kind = builder.kind;
        this.httpStatus = builder.httpStatus;
        this.httpStatusText = builder.httpStatusText;
        this.errorCode = builder.errorCode;
        this.errorType = builder.errorType;
        this.providerMessage = builder.providerMessage;
        this.retryable = builder.retryable;
        this.retryAfterMs = builder.retryAfterMs;
        this.partialContent = builder.partialContent == null ? "" : builder.partialContent;
        this.finishReason = builder.finishReason;
        this.responseBody = builder.responseBody;
        this.rawOutput = builder.rawOutput;
        this.validationErrors = builder.validationErrors == null
                ? List.of() : List.copyOf(builder.validationErrors);
        this.refusal = builder.refusal;
    }

    public static Builder builder(ChatCompletionErrorKind kind) {
        return new Builder(kind);
    }

    /** A copy of this failure that also carries the text delivered before it (and the finish reason, if any). */
    public ChatCompletionException withPartialContent(String partialContent, String finishReason) {
        return toBuilder().partialContent(partialContent).finishReason(finishReason).build();
    }

    public Builder toBuilder() {
        return new Builder(kind).httpStatus(httpStatus, httpStatusText).errorCode(errorCode).errorType(errorType)
                .providerMessage(providerMessage).retryable(retryable).retryAfterMs(retryAfterMs)
                .partialContent(partialContent).finishReason(finishReason).responseBody(responseBody)
                .rawOutput(rawOutput).validationErrors(validationErrors).refusal(refusal)
                .cause(getCause());
    }

    /** Where the call failed. */
    public ChatCompletionErrorKind getKind() {
        return kind;
    }

    /** The HTTP status received (200 for envelope, inline and mid-stream failures), or 0 when none arrived. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** The provider's error code as a String (numbers are normalised, {@code 429} becomes {@code "429"}), or null. */
    public String getErrorCode() {
        return errorCode;
    }

    /** The provider's error type ({@code error.type}, or Google's {@code error.status}), or null. */
    public String getErrorType() {
        return errorType;
    }

    /** The provider's own error message, or null. */
    public String getProviderMessage() {
        return providerMessage;
    }

    /** Whether a retry may succeed (transient status or code, transport and protocol failures). */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * Whether the server said to slow down, however it said it: HTTP 429, or a rate-limit code ({@code "429"},
     * {@code rate_limit_exceeded}, {@code too_many_requests}, ...) in an envelope, an inline error or a stream event,
     * whatever the HTTP status. An exhausted quota ({@code insufficient_quota}) is not a rate limit.
     */
    public boolean isRateLimited() {
        return (kind == ChatCompletionErrorKind.HTTP || kind == ChatCompletionErrorKind.ENVELOPE
                || kind == ChatCompletionErrorKind.INLINE)
               && RetryClassifier.isRateLimit(httpStatus, errorCode, errorType);
    }

    /** How long the server asked to wait before a retry, in milliseconds, or null when it gave no hint. */
    public Long getRetryAfterMs() {
        return retryAfterMs;
    }

    /** The text delivered before the failure; empty, never null. */
    public String getPartialContent() {
        return partialContent;
    }

    /** The finish reason the server sent before the failure, or null. */
    public String getFinishReason() {
        return finishReason;
    }

    /** A copy of the response body, cut at 8,192 characters, or null when there was none. */
    public String getResponseBody() {
        return responseBody;
    }

    /** Structured output ({@code INVALID_OUTPUT}): the text of the last answer, or null. */
    public String getRawOutput() {
        return rawOutput;
    }

    /**
     * Structured output ({@code INVALID_OUTPUT}): why the last answer did not fit the schema (the validator's messages,
     * or why it was not JSON); empty for a refusal or when no output was checked.
     */
    public List<String> getValidationErrors() {
        return validationErrors;
    }

    /** Structured output ({@code INVALID_OUTPUT}): the model's refusal text ({@code message.refusal}), or null. */
    public String getRefusal() {
        return refusal;
    }

    /** Structured output ({@code INVALID_OUTPUT}): whether the model refused to answer. */
    public boolean isRefusal() {
        return refusal != null;
    }

    /** Structured output ({@code INVALID_OUTPUT}): whether the answer was cut at the token limit. */
    public boolean isTruncated() {
        return kind == ChatCompletionErrorKind.INVALID_OUTPUT && "length".equals(finishReason);
    }

    @Override
    public int getHttpResponseCode() {
        return httpStatus;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpStatus = code;
    }

    @Override
    public String getHttpResponseStatus() {
        return httpStatusText;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpStatusText = status;
    }

    private static String describe(Builder b) {
        StringBuilder message = new StringBuilder("Chat completion failed: ").append(b.kind);
        if (b.httpStatus > 0) {
            message.append(", HTTP ").append(b.httpStatus);
        }
        if (b.errorCode != null) {
            message.append(", code ").append(b.errorCode);
        }
        if (b.errorType != null) {
            message.append(", type ").append(b.errorType);
        }
        if (b.providerMessage != null) {
            message.append(": ").append(b.providerMessage);
        }
        return message.toString();
    }

    /** Builds a {@link ChatCompletionException}; unset fields stay null, 0 or false. */
    public static final class Builder {
        private final ChatCompletionErrorKind kind;
        private int httpStatus;
        private String httpStatusText;
        private String errorCode;
        private String errorType;
        private String providerMessage;
        private boolean retryable;
        private Long retryAfterMs;
        private String partialContent;
        private String finishReason;
        private String responseBody;
        private String rawOutput;
        private List<String> validationErrors;
        private String refusal;
        private Throwable cause;

        private Builder(ChatCompletionErrorKind kind) {
            this.kind = kind;
        }

        public Builder httpStatus(int status, String statusText) {
            this.httpStatus = status;
            this.httpStatusText = statusText;
            return this;
        }

        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder errorType(String errorType) {
            this.errorType = errorType;
            return this;
        }

        public Builder providerMessage(String providerMessage) {
            this.providerMessage = providerMessage;
            return this;
        }

        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public Builder retryAfterMs(Long retryAfterMs) {
            this.retryAfterMs = retryAfterMs;
            return this;
        }

        public Builder partialContent(String partialContent) {
            this.partialContent = partialContent;
            return this;
        }

        public Builder finishReason(String finishReason) {
            this.finishReason = finishReason;
            return this;
        }

        public Builder responseBody(String responseBody) {
            this.responseBody = responseBody;
            return this;
        }

        public Builder rawOutput(String rawOutput) {
            this.rawOutput = rawOutput;
            return this;
        }

        public Builder validationErrors(List<String> validationErrors) {
            this.validationErrors = validationErrors;
            return this;
        }

        public Builder refusal(String refusal) {
            this.refusal = refusal;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public ChatCompletionException build() {
            return new ChatCompletionException(this);
        }
    }
}
