package io.camelchat.chatcompletion.observe.otel;

import java.util.Map;

import io.camelchat.chatcompletion.observe.CallObservation;
import io.camelchat.chatcompletion.observe.CallObserver;
import io.camelchat.chatcompletion.observe.ObservedEndpoint;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import org.apache.camel.Exchange;

import static io.camelchat.chatcompletion.observe.otel.SpanAttributes.*;

/**
 * One CLIENT span per call, named {@code chat {model}}, whose parent is the context current when the producer runs.
 * Attempts are span events; the trace context goes to the server in the headers of every attempt.
 */
final class OtelObserver implements CallObserver {

    static final String INSTRUMENTATION_NAME = "io.camelchat.chatcompletion";
    static final TextMapSetter<Map<String, String>> HEADERS = (carrier, key, value) -> {
        if (carrier != null) {
            carrier.put(key, value);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final ObservedEndpoint endpoint;
    private final boolean traceContent;

    OtelObserver(OpenTelemetry openTelemetry, ObservedEndpoint endpoint, boolean traceContent) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION_NAME);
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
        this.endpoint = endpoint;
        this.traceContent = traceContent;
    }

    @Override
    public CallObservation callStarted(PreparedRequest request, Exchange exchange) {
        String model = request.model();
        Span span = tracer.spanBuilder(model == null || model.isEmpty() ? "chat" : "chat " + model)
                .setSpanKind(SpanKind.CLIENT)
                .setParent(Context.current())
                .setAttribute(OPERATION_NAME, "chat")
                .setAttribute(PROVIDER_NAME, endpoint.providerName())
                .setAttribute(SERVER_ADDRESS, endpoint.serverAddress())
                .setAttribute(SERVER_PORT, (long) endpoint.serverPort())
                .startSpan();
        if (model != null && !model.isEmpty()) {
            span.setAttribute(REQUEST_MODEL, model);
        }
        if (traceContent) {
            span.addEvent(PROMPT_EVENT, io.opentelemetry.api.common.Attributes.of(INPUT_MESSAGES,
                    PromptText.of(request.body())));
        }
        return new OtelObservation(span, propagator, traceContent);
    }
}
