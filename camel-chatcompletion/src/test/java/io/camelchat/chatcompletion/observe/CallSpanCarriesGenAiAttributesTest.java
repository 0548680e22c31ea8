package io.camelchat.chatcompletion.observe;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.RecordedRequest;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call is a CLIENT span "chat {model}" with the GenAI attributes, a child of the span current when the producer
 * runs; the server receives a W3C traceparent naming that CLIENT span.
 */
class CallSpanCarriesGenAiAttributesTest extends TracingTestSupport {

    @Test
    void theCallIsAClientSpanUnderTheRouteSpanAndTheServerGetsItsTraceparent() throws Exception {
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("Hi")));
        Tracer routeTracer = openTelemetry.getTracer("route");
        Span routeSpan = routeTracer.spanBuilder("route").startSpan();
        Exchange exchange;
        try (Scope ignored = routeSpan.makeCurrent()) {
            exchange = ask("");
        } finally {
            routeSpan.end();
        }

        assertThat(exchange.getException()).isNull();
        SpanData span = clientSpan();
        assertThat(span.getName()).isEqualTo("chat " + MODEL);
        assertThat(span.getParentSpanId()).isEqualTo(routeSpan.getSpanContext().getSpanId());
        assertThat(span.getTraceId()).isEqualTo(routeSpan.getSpanContext().getTraceId());
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        var attributes = span.getAttributes();
        assertThat(attributes.get(AttributeKey.stringKey("gen_ai.operation.name"))).isEqualTo("chat");
        assertThat(attributes.get(AttributeKey.stringKey("gen_ai.provider.name"))).isEqualTo("openai");
        assertThat(attributes.get(AttributeKey.stringKey("gen_ai.request.model"))).isEqualTo(MODEL);
        assertThat(attributes.get(AttributeKey.stringKey("gen_ai.response.model"))).isEqualTo("gpt-3.5-turbo-0613");
        assertThat(attributes.get(AttributeKey.stringKey("gen_ai.response.id"))).isEqualTo("chatcmpl-123");
        assertThat(attributes.get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")))
                .isEqualTo(List.of("stop"));
        assertThat(attributes.get(AttributeKey.longKey("gen_ai.usage.input_tokens"))).isEqualTo(9L);
        assertThat(attributes.get(AttributeKey.longKey("gen_ai.usage.output_tokens"))).isEqualTo(12L);
        assertThat(attributes.get(AttributeKey.stringKey("server.address"))).isEqualTo("127.0.0.1");
        assertThat(attributes.get(AttributeKey.longKey("server.port"))).isEqualTo((long) server.port());
        assertThat(attributes.get(AttributeKey.longKey("chatcompletion.attempts"))).isEqualTo(1L);
        assertThat(attributes.get(AttributeKey.stringKey("error.type"))).isNull();
        assertThat(span.getEvents()).as("no content by default").isEmpty();

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.headers().get("traceparent"))
                .isEqualTo("00-" + span.getTraceId() + "-" + span.getSpanId() + "-01");
    }
}
