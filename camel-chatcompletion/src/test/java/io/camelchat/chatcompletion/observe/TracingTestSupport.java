package io.camelchat.chatcompletion.observe;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Camel test whose registry holds a real OpenTelemetry SDK (W3C propagation, spans exported to memory), which the
 * component finds on its own, and a replay server as the chat server.
 */
abstract class TracingTestSupport extends ReplayServerTestSupport {

    static final String MODEL = "gpt-4o-mini";
    static final String API_KEY = "sk-trace-secret-7777";

    protected final InMemorySpanExporter spans = InMemorySpanExporter.create();
    protected final OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("otel", openTelemetry);
        context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration()
                .setRetryInitialDelay(20);
        return context;
    }

    @AfterEach
    void closeSdk() {
        openTelemetry.close();
    }

    protected String uri(String options) {
        return "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl() + "&apiKey=" + API_KEY + options;
    }

    protected Exchange ask(String options) {
        return template.request(uri(options), e -> e.getMessage().setBody("Hello!"));
    }

    /** The one CLIENT span of the chatcompletion instrumentation. */
    protected SpanData clientSpan() {
        await().atMost(5, TimeUnit.SECONDS).until(() -> !chatSpans().isEmpty());
        List<SpanData> chat = chatSpans();
        assertThat(chat).hasSize(1);
        assertThat(chat.get(0).getKind()).isEqualTo(SpanKind.CLIENT);
        return chat.get(0);
    }

    private List<SpanData> chatSpans() {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getInstrumentationScopeInfo().getName().equals("io.camelchat.chatcompletion"))
                .toList();
    }
}
