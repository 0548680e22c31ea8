package io.camelchat.chatcompletion.examples;

import io.camelchat.chatcompletion.examples.metrics.ExampleMetrics;
import org.apache.camel.main.Main;

/**
 * Runs one example in its own Camel Main: configures the chatcompletion component from the settings (and binds the
 * run's MeterRegistry), lets the example add its routes, starts Main, runs the example and stops Main again.
 */
public final class ExampleRunner {

    private final ExampleSettings settings;
    private final ExampleMetrics metrics;

    public ExampleRunner(ExampleSettings settings) {
        this(settings, null);
    }

    /** Every example's Camel Main gets the metrics registry as its only MeterRegistry, so calls are measured. */
    public ExampleRunner(ExampleSettings settings, ExampleMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    public ExampleOutcome run(Example example) {
        long start = System.nanoTime();
        System.out.printf("[%s] START %s%n", example.name(), example.title());
        ExampleOutcome outcome;
        try (example) {
            Main main = new Main();
            main.addInitialProperty("chat.model", settings.model());
            main.addInitialProperty("camel.component.chatcompletion.base-url", settings.baseUrl());
            main.addInitialProperty("camel.component.chatcompletion.chat-path", settings.chatPath());
            main.addInitialProperty("camel.component.chatcompletion.api-key", settings.apiKey());
            if (metrics != null) {
                main.bind("chatCompletionMeters", metrics.registry());
            }
            example.configure(main, settings);
            main.start();
            try {
                outcome = example.run(main.getCamelContext(), settings);
            } finally {
                main.stop();
            }
        } catch (Exception e) {
            outcome = ExampleOutcome.failed(example.name(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        System.out.printf("[%s] %s in %d ms: %s%n", example.name(), outcome.ok() ? "OK" : "FAILED",
                (System.nanoTime() - start) / 1_000_000, outcome.detail());
        return outcome;
    }
}
