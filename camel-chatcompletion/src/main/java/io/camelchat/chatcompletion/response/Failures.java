package io.camelchat.chatcompletion.response;

import io.camelchat.chatcompletion.json.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.http.ResponseHead;
import org.apache.hc.client5.http.ConnectTimeoutException;

/**
 * Builds the {@link ChatCompletionException} for each way a call can fail.
 */
public final class Failures {

    /** The longest response body kept in an exception. */
    static final int MAX_BODY_COPY = 8 * 1024;
    private static final int SNIPPET_LENGTH = 200;

    private Failures() {
    }

    /**
     * A non-2xx answer: the body is read as an error document, whatever its shape. One rule for the kind: an envelope
     * that says {@code success:false} makes it {@code ENVELOPE} whatever the status; anything else is {@code HTTP}.
     */
    public static ChatCompletionException http(ResponseHead head, byte[] body, int length) {
        String text = new String(body, 0, Math.min(length, MAX_BODY_COPY), StandardCharsets.UTF_8);
        ProviderError error = null;
        try {
            JsonNode document = Json.parse(body, length);
            if (Envelope.isEnvelope(document) && !Envelope.of(document).success()) {
                return envelope(head, Envelope.of(document), text);
            }
            error = ProviderError.from(document);
        } catch (IOException notJson) {
            // HTML pages, plain text and empty bodies are described by status and snippet below
        }
        String message = error != null && error.message() != null
                ? error.message()
                : "HTTP " + head.status() + (head.reason() == null ? "" : " " + head.reason()) + snippet(text);
        String code = error == null ? null : error.code();
        String type = error == null ? null : error.type();
        return ChatCompletionException.builder(ChatCompletionErrorKind.HTTP)
                .httpStatus(head.status(), head.reason())
                .errorCode(code).errorType(type).providerMessage(message)
                .retryable(RetryClassifier.isRetryableHttp(head.status(), code, type))
                .retryAfterMs(retryAfter(head))
                .responseBody(bounded(text))
                .build();
    }

    /**
     * An envelope with {@code success:false}, whatever the HTTP status: retryable when its code is, or when a non-2xx
     * status is (an exhausted quota never is).
     */
    public static ChatCompletionException envelope(ResponseHead head, Envelope envelope, String body) {
        boolean retryable = RetryClassifier.isRetryableDeclared(envelope.code(), null)
                            || !head.isSuccess() && RetryClassifier.isRetryableHttp(head.status(), envelope.code(), null);
        return ChatCompletionException.builder(ChatCompletionErrorKind.ENVELOPE)
                .httpStatus(head.status(), head.reason())
                .errorCode(envelope.code()).providerMessage(envelope.message())
                .retryable(retryable)
                .retryAfterMs(retryAfter(head))
                .responseBody(bounded(body))
                .build();
    }

    /** An error the server declared inside a 2xx answer ({@code error} as an object or a string). */
    public static ChatCompletionException inline(ResponseHead head, JsonNode errorHolder, String body) {
        ProviderError error = ProviderError.from(errorHolder);
        if (error == null) {
            error = ProviderError.fromErrorObject(errorHolder);
        }
        return ChatCompletionException.builder(ChatCompletionErrorKind.INLINE)
                .httpStatus(head.status(), head.reason())
                .errorCode(error.code()).errorType(error.type()).providerMessage(error.message())
                .retryable(RetryClassifier.isRetryableDeclared(error.code(), error.type()))
                .retryAfterMs(retryAfter(head))
                .responseBody(bounded(body))
                .build();
    }

    /** The payload was missing, malformed or truncated; the message uses the words empty, data or truncated. */
    public static ChatCompletionException protocol(ResponseHead head, String message, String body, Throwable cause) {
        return ChatCompletionException.builder(ChatCompletionErrorKind.PROTOCOL)
                .httpStatus(head == null ? 0 : head.status(), head == null ? null : head.reason())
                .providerMessage(message)
                .retryable(true)
                .responseBody(bounded(body))
                .cause(cause)
                .build();
    }

    /** The connection failed under HTTP, before or after the head arrived. */
    public static ChatCompletionException transport(ResponseHead head, Throwable cause) {
        boolean timeout = cause instanceof ConnectTimeoutException || cause instanceof SocketTimeoutException
                || cause instanceof InterruptedIOException && !(cause instanceof ConnectException);
        String what = cause instanceof ConnectException ? "connection refused or failed"
                : cause instanceof UnknownHostException ? "unknown host"
                : timeout ? "connect or socket timeout"
                : head != null ? "connection closed before the response body was complete"
                : "connection failed";
        return ChatCompletionException.builder(timeout ? ChatCompletionErrorKind.TIMEOUT : ChatCompletionErrorKind.TRANSPORT)
                .httpStatus(head == null ? 0 : head.status(), head == null ? null : head.reason())
                .providerMessage(what + " (" + cause.getClass().getSimpleName()
                                 + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")")
                .retryable(!(cause instanceof UnknownHostException || cause instanceof SSLHandshakeException
                             || cause instanceof SSLPeerUnverifiedException))
                .cause(cause)
                .build();
    }

    /** A size limit was passed: not retried, since the same server would most likely send the same again. */
    public static ChatCompletionException limitExceeded(ResponseHead head, String option, long limit, String what) {
        return ChatCompletionException.builder(ChatCompletionErrorKind.PROTOCOL)
                .httpStatus(head == null ? 0 : head.status(), head == null ? null : head.reason())
                .providerMessage(what + " than " + option + " allows (" + limit
                                 + "); the connection was closed. Raise " + option + " if the answer is legitimate")
                .retryable(false)
                .build();
    }

    /** A bug, a rejected task or another unexpected failure while handling the call: reported, never lost. */
    public static ChatCompletionException unexpected(ResponseHead head, Throwable cause) {
        return ChatCompletionException.builder(ChatCompletionErrorKind.PROTOCOL)
                .httpStatus(head == null ? 0 : head.status(), head == null ? null : head.reason())
                .providerMessage("unexpected failure while handling the call: " + cause)
                .retryable(false)
                .cause(cause)
                .build();
    }

    /** A configured timeout expired. */
    public static ChatCompletionException timeout(ResponseHead head, String which, long millis) {
        return timeout(head, which, millis, "");
    }

    /** A configured timeout expired; the detail says what the call was doing (starting with a space), or is empty. */
    public static ChatCompletionException timeout(ResponseHead head, String which, long millis, String detail) {
        return ChatCompletionException.builder(ChatCompletionErrorKind.TIMEOUT)
                .httpStatus(head == null ? 0 : head.status(), head == null ? null : head.reason())
                .providerMessage(which + " of " + millis + " ms expired" + detail)
                .retryable(true)
                .build();
    }

    private static Long retryAfter(ResponseHead head) {
        return RetryAfter.fromHeaders(head::header, Instant.now());
    }

    private static String snippet(String text) {
        String collapsed = text.replaceAll("\\s+", " ").trim();
        if (collapsed.isEmpty()) {
            return "";
        }
        return ": " + (collapsed.length() > SNIPPET_LENGTH ? collapsed.substring(0, SNIPPET_LENGTH) + "..." : collapsed);
    }

    static String bounded(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_BODY_COPY ? text.substring(0, MAX_BODY_COPY) : text;
    }
}
