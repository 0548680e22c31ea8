package io.camelchat.chatcompletion.examples;

import java.time.Duration;
import java.util.List;

import io.camelchat.chatcompletion.examples.gateway.GatewayOptions;
import io.camelchat.chatcompletion.examples.resilience.ResilienceExample;
import io.camelchat.chatcompletion.examples.streaming.StreamingExample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streaming (YAML) and resilience examples, run as the examples runner runs them, against an embedded gateway
 * with some latency.
 */
class StreamingAndResilienceTest {

    private static ExampleSettings settings;

    @BeforeAll
    static void startGateway() {
        settings = ExampleSettings.embedded(GatewayOptions.vendor().withLatency(Duration.ofMillis(50)), "gpt-4o-mini");
    }

    @AfterAll
    static void stopGateway() {
        settings.close();
    }

    @Test
    void streamingPrintsChunksAsTheyArriveThenUsage() {
        ExampleOutcome outcome = new ExampleRunner(settings).run(new StreamingExample(List.of("one two three four")));

        assertThat(outcome.ok()).as(outcome.detail()).isTrue();
        // "You said: one two three four" is six words: one chunk each, 30 ms apart
        assertThat(outcome.detail()).startsWith("6 chunks over ").contains("finish stop");
        assertThat(outcome.tokens()).isPositive();
    }

    @Test
    void resilienceShowsRetriesAndTheFinalSuccess() {
        long before = settings.gateway().stats().requests();
        settings.gateway().resetFaults();

        ExampleOutcome outcome = new ExampleRunner(settings).run(new ResilienceExample());

        assertThat(outcome.ok()).as(outcome.detail()).isTrue();
        assertThat(outcome.detail()).contains("attempts 3, 2").contains("400 not retried");
        // 429 + 503 + answer, drop + answer, 400
        assertThat(settings.gateway().stats().requests() - before).isEqualTo(6);
    }
}
