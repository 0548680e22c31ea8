package io.camelchat.chatcompletion.examples;

import org.apache.camel.main.Main;

/**
 * Runs one example in its own Camel Main: configures the chatcompletion component from the settings, lets the
 * example add its routes, starts Main, runs the example and stops Main again.
 */
public final class ExampleRunner {

    private final ExampleSettings settings;

    public ExampleRunner(ExampleSettings settings) {
        this.settings = settings;
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
