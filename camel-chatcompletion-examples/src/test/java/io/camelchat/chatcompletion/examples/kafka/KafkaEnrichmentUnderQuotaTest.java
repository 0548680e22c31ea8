package io.camelchat.chatcompletion.examples.kafka;

import java.time.Duration;
import java.util.Map;

import io.camelchat.chatcompletion.examples.ExampleOutcome;
import io.camelchat.chatcompletion.examples.ExampleRunner;
import io.camelchat.chatcompletion.examples.ExampleSettings;
import io.camelchat.chatcompletion.examples.gateway.GatewayOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka pipeline against an embedded gateway that enforces 600 requests per minute, with the component's budget set
 * to that quota (CHATCOMPLETION_GATEWAY_RPM): 30 records in flight at once, and the gateway never answers a 429; the
 * calls wait for their budget instead.
 */
class KafkaEnrichmentUnderQuotaTest {

    private static final int RECORDS = 40;
    private static final int QUOTA = 600;

    private static EmbeddedKafkaBroker broker;
    private static ExampleSettings settings;

    @BeforeAll
    static void startBrokerAndGateway() {
        broker = EmbeddedKafkaBroker.start();
        settings = ExampleSettings.embedded(GatewayOptions.vendor().withLatency(Duration.ofMillis(50))
                .withRequestsPerMinute(QUOTA), "gpt-4o-mini");
    }

    @AfterAll
    static void stopBrokerAndGateway() {
        settings.close();
        broker.close();
    }

    @Test
    void theBudgetKeepsThePipelineWithinTheQuota() throws Exception {
        KafkaEnrichmentExample example = new KafkaEnrichmentExample(RECORDS, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(), "KAFKA_MAX_POLL_RECORDS", "30",
                "KAFKA_GROUP_ID", "quota-enricher", "CHATCOMPLETION_GATEWAY_RPM", String.valueOf(QUOTA)));

        ExampleOutcome outcome = new ExampleRunner(settings).run(example);

        System.out.println("[quota] " + outcome.detail());
        assertThat(outcome.ok()).as(outcome.detail()).isTrue();
        assertThat(settings.gateway().stats().rateLimited()).as("429s at the gateway").isZero();
        assertThat(outcome.detail()).contains("0 quota 429s at the gateway");
    }
}
