package io.camelchat.chatcompletion.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.camelchat.chatcompletion.examples.hello.HelloExample;
import io.camelchat.chatcompletion.examples.kafka.KafkaEnrichmentExample;
import io.camelchat.chatcompletion.examples.metrics.ExampleMetrics;
import io.camelchat.chatcompletion.examples.metrics.MetricsTable;
import io.camelchat.chatcompletion.examples.resilience.ResilienceExample;
import io.camelchat.chatcompletion.examples.streaming.StreamingExample;

/**
 * Runs the examples against the embedded gateway (or the server named by CHATCOMPLETION_BASE_URL): all of them in
 * sequence without arguments, or one by name ({@code hello}, {@code streaming}, {@code kafka}, {@code resilience}),
 * optionally followed by a prompt for hello and streaming. Arguments that name no example are a prompt for hello.
 * Prints a progress line per step, a summary and a table of the component's metrics, and exits 0 only if every
 * example did what it says. With EXAMPLES_METRICS_PORT set, the metrics are also served for Prometheus at
 * http://localhost:PORT/metrics while the run lasts, and EXAMPLES_METRICS_LINGER_SECONDS after it.
 */
public final class ExamplesMain {

    static final List<String> NAMES = List.of("hello", "streaming", "kafka", "resilience");

    private ExamplesMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean ok = run(args, System.getenv());
        System.exit(ok ? 0 : 1);
    }

    static boolean run(String[] args) throws Exception {
        return run(args, System.getenv());
    }

    static boolean run(String[] args, Map<String, String> env) throws Exception {
        List<String> argList = Arrays.asList(args);
        List<String> selected = argList.isEmpty() ? NAMES
                : NAMES.contains(argList.get(0)) ? List.of(argList.get(0)) : List.of("hello");
        List<String> prompt = argList.isEmpty() ? List.of()
                : NAMES.contains(argList.get(0)) ? argList.subList(1, argList.size()) : argList;
        int reviews = Integer.parseInt(env.getOrDefault("EXAMPLES_KAFKA_RECORDS", "20"));
        String metricsPort = env.get("EXAMPLES_METRICS_PORT");
        try (ExampleSettings settings = ExampleSettings.fromEnvironment(env);
             ExampleMetrics metrics = metricsPort == null || metricsPort.isBlank() ? ExampleMetrics.tableOnly()
                     : ExampleMetrics.withScrapeEndpoint(Integer.parseInt(metricsPort.trim()))) {
            System.out.println("[examples] calling " + settings.describe());
            if (metrics.scrapeUrl() != null) {
                System.out.println("[examples] Prometheus scrape endpoint " + metrics.scrapeUrl());
            }
            ExampleRunner runner = new ExampleRunner(settings, metrics);
            List<ExampleOutcome> outcomes = new ArrayList<>();
            for (String name : selected) {
                Example example = switch (name) {
                    case "hello" -> new HelloExample(prompt);
                    case "streaming" -> new StreamingExample(prompt);
                    case "kafka" -> new KafkaEnrichmentExample(reviews, env);
                    default -> new ResilienceExample();
                };
                outcomes.add(runner.run(example));
            }
            boolean ok = summarize(outcomes, settings);
            MetricsTable.render(metrics.tableRegistry()).forEach(line -> System.out.println("[metrics] " + line));
            linger(metrics, env);
            return ok;
        }
    }

    /** Keeps the scrape endpoint up after the run, when asked, so that Prometheus can read the final values. */
    private static void linger(ExampleMetrics metrics, Map<String, String> env) throws InterruptedException {
        long seconds = Long.parseLong(env.getOrDefault("EXAMPLES_METRICS_LINGER_SECONDS", "0"));
        if (metrics.scrapeUrl() != null && seconds > 0) {
            System.out.println("[examples] serving " + metrics.scrapeUrl() + " for " + seconds + " s more");
            Thread.sleep(seconds * 1000);
        }
    }

    private static boolean summarize(List<ExampleOutcome> outcomes, ExampleSettings settings) {
        System.out.println("[summary] -------------------------------------------------------------");
        int in = 0;
        int out = 0;
        int failures = 0;
        long tokens = 0;
        boolean ok = true;
        for (ExampleOutcome outcome : outcomes) {
            System.out.printf("[summary] %-10s %-6s %s%n", outcome.name(), outcome.ok() ? "OK" : "FAILED",
                    outcome.detail());
            in += outcome.recordsIn();
            out += outcome.recordsOut();
            failures += outcome.failures();
            tokens += outcome.tokens();
            ok &= outcome.ok();
        }
        System.out.printf("[summary] records in %d, answered/enriched %d, failures %d (expected ones included), "
                          + "tokens used %d%n", in, out, failures, tokens);
        if (settings.isEmbedded()) {
            System.out.printf("[summary] gateway: %s%n", settings.gateway().stats());
        }
        System.out.println("[summary] " + (ok ? "ALL EXAMPLES OK" : "SOME EXAMPLES FAILED"));
        return ok;
    }
}
