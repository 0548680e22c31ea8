package io.camelchat.chatcompletion.observe.otel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.model.ChatCompletionChoice;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.observe.CallObservation;
import io.camelchat.chatcompletion.observe.ErrorTypes;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;

import static io.camelchat.chatcompletion.observe.otel.SpanAttributes.*;

/** The span of one call: ended once, by {@link #succeeded} or {@link #failed}. */
final class OtelObservation implements CallObservation {

    private final Span span;
    private final Context context;
    private final TextMapPropagator propagator;
    private final boolean traceContent;
    private volatile int attempts;
    private boolean sawChunk;

    OtelObservation(Span span, TextMapPropagator propagator, boolean traceContent) {
        this.span = span;
        this.context = Context.current().with(span);
        this.propagator = propagator;
        this.traceContent = traceContent;
    }

    @Override
    public void beforeSend(int attempt, Map<String, String> headers) {
        attempts = attempt;
        propagator.inject(context, headers, OtelObserver.HEADERS);
    }

    @Override
    public void retrying(int attempt, ChatCompletionException failure, long delayMs) {
        Attributes attributes = failure.getHttpStatus() > 0
                ? Attributes.of(ATTEMPT, (long) attempt, ERROR_TYPE, ErrorTypes.of(failure), RETRY_DELAY_MS, delayMs,
                        HTTP_STATUS, (long) failure.getHttpStatus())
                : Attributes.of(ATTEMPT, (long) attempt, ERROR_TYPE, ErrorTypes.of(failure), RETRY_DELAY_MS, delayMs);
        span.addEvent(RETRY_EVENT, attributes);
    }

    @Override
    public void chunk(StreamChunk chunk) {
        if (!sawChunk) {
            sawChunk = true;
            span.addEvent(FIRST_CHUNK_EVENT);
        }
    }

    @Override
    public void succeeded(ChatCompletionResponse response) {
        try {
            if (response.model() != null) {
                span.setAttribute(RESPONSE_MODEL, response.model());
            }
            if (response.id() != null) {
                span.setAttribute(RESPONSE_ID, response.id());
            }
            List<String> reasons = finishReasons(response);
            if (!reasons.isEmpty()) {
                span.setAttribute(FINISH_REASONS, reasons);
            }
            if (response.usage() != null) {
                if (response.usage().promptTokens() != null) {
                    span.setAttribute(INPUT_TOKENS, response.usage().promptTokens().longValue());
                }
                if (response.usage().completionTokens() != null) {
                    span.setAttribute(OUTPUT_TOKENS, response.usage().completionTokens().longValue());
                }
            }
            span.setAttribute(ATTEMPTS, (long) attempts);
            if (traceContent && response.content() != null) {
                span.addEvent(COMPLETION_EVENT, Attributes.of(OUTPUT_MESSAGES, response.content()));
            }
        } finally {
            span.end();
        }
    }

    private static List<String> finishReasons(ChatCompletionResponse response) {
        List<String> reasons = new ArrayList<>(1);
        if (response.choices() != null) {
            for (ChatCompletionChoice choice : response.choices()) {
                if (choice.finishReason() != null) {
                    reasons.add(choice.finishReason());
                }
            }
        }
        return reasons;
    }

    @Override
    public void failed(Throwable failure) {
        try {
            span.setAttribute(ERROR_TYPE, ErrorTypes.of(failure));
            span.setAttribute(ATTEMPTS, (long) attempts);
            if (failure instanceof ChatCompletionException known && known.getHttpStatus() > 0) {
                span.setAttribute(HTTP_STATUS, (long) known.getHttpStatus());
            }
            span.setStatus(StatusCode.ERROR, ErrorTypes.of(failure));
        } finally {
            span.end();
        }
    }
}
