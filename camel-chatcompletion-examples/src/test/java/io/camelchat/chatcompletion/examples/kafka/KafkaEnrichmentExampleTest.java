package io.camelchat.chatcompletion.examples.kafka;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelchat.chatcompletion.examples.ExampleOutcome;
import io.camelchat.chatcompletion.examples.ExampleRunner;
import io.camelchat.chatcompletion.examples.ExampleSettings;
import io.camelchat.chatcompletion.examples.gateway.GatewayOptions;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka enrichment pipeline end to end, on a real in-process broker and the embedded gateway at 200 ms latency:
 * N reviews in, every one out exactly once on the enriched or the dead-letter topic (read back here by this test's
 * own consumers), the poisoned ones dead-lettered with the exception's fields as headers, and the enrichment group's
 * offsets committed up to the end of the input.
 */
class KafkaEnrichmentExampleTest extends CamelTestSupport {

    private static final int RECORDS = 60;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static EmbeddedKafkaBroker broker;
    private static ExampleSettings settings;

    @BeforeAll
    static void startBrokerAndGateway() {
        broker = EmbeddedKafkaBroker.start();
        settings = ExampleSettings.embedded(GatewayOptions.vendor().withLatency(Duration.ofMillis(200)), "gpt-4o-mini");
    }

    @AfterAll
    static void stopBrokerAndGateway() {
        settings.close();
        broker.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        ReviewTopics.defaults().createIfMissing(broker.bootstrapServers());
        CamelContext context = super.createCamelContext();
        context.getPropertiesComponent().addInitialProperty("camel.component.kafka.brokers", broker.bootstrapServers());
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String options = "?brokers=" + broker.bootstrapServers()
                                 + "&groupId=test-reader&autoOffsetReset=earliest&pollTimeoutMs=500";
                from("kafka:reviews-enriched" + options).to("mock:enriched");
                from("kafka:reviews-dead-letter" + options).to("mock:dead");
            }
        };
    }

    @Test
    void everyReviewComesOutOnceEnrichedOrDeadLettered() throws Exception {
        int poisoned = SampleReviews.poisonedCount(RECORDS);
        MockEndpoint enriched = getMockEndpoint("mock:enriched");
        MockEndpoint dead = getMockEndpoint("mock:dead");
        enriched.expectedMessageCount(RECORDS - poisoned);
        dead.expectedMessageCount(poisoned);
        KafkaEnrichmentExample example = new KafkaEnrichmentExample(RECORDS,
                Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(), "KAFKA_MAX_POLL_RECORDS", "30"));

        ExampleOutcome outcome = new ExampleRunner(settings).run(example);

        assertThat(outcome.ok()).as(outcome.detail()).isTrue();
        MockEndpoint.assertIsSatisfied(30, TimeUnit.SECONDS, enriched, dead);

        Set<String> ids = new HashSet<>();
        for (Exchange exchange : enriched.getExchanges()) {
            JsonNode review = MAPPER.readTree(exchange.getMessage().getBody(String.class));
            assertThat(ids.add(review.path("id").asText())).as("duplicate " + review.path("id")).isTrue();
            assertThat(review.path("run").asText()).isEqualTo(example.runId());
            // a typed record validated against ReviewInsight's schema: the gateway's deterministic answer follows
            // the star rating; [fault:badjson] reviews needed one repair
            JsonNode insight = review.at("/enrichment/insight");
            int rating = review.path("rating").asInt();
            assertThat(insight.path("sentiment").asText())
                    .isEqualTo(rating >= 4 ? "positive" : rating <= 2 ? "negative" : "neutral");
            assertThat(insight.path("score").asInt()).isEqualTo(rating);
            assertThat(insight.path("summary").asText()).isNotBlank();
            assertThat(insight.path("topics").size()).isBetween(0, 3);
            assertThat(insight.size()).isEqualTo(4);
            assertThat(review.at("/enrichment/repairs").asInt())
                    .isEqualTo(review.path("text").asText().contains("[fault:badjson]") ? 1 : 0);
            assertThat(review.at("/enrichment/totalTokens").asInt()).isPositive();
            assertThat(exchange.getMessage().getHeader(KafkaConstants.KEY)).isEqualTo(review.path("id").asText());
        }
        for (Exchange exchange : dead.getExchanges()) {
            JsonNode review = MAPPER.readTree(exchange.getMessage().getBody(String.class));
            assertThat(review.path("text").asText()).contains("[fault:400]");
            assertThat(ids.add(review.path("id").asText())).isTrue();
            assertThat(header(exchange, DeadLetterHeaders.KIND)).isEqualTo("ENVELOPE");
            assertThat(header(exchange, DeadLetterHeaders.HTTP_STATUS)).isEqualTo("400");
            assertThat(header(exchange, DeadLetterHeaders.ERROR_CODE)).isEqualTo("400");
            assertThat(header(exchange, DeadLetterHeaders.RETRYABLE)).isEqualTo("false");
            assertThat(header(exchange, DeadLetterHeaders.PROVIDER_MESSAGE)).isEqualTo("the prompt was rejected by the gateway");
            assertThat(header(exchange, DeadLetterHeaders.PARTIAL_CONTENT)).isEmpty();
        }
        assertThat(ids).hasSize(RECORDS);
        assertOffsetsCommittedToTheEnd("review-enricher", "reviews");

        KafkaEnrichmentExample.Measurement m = example.measurement();
        System.out.printf("[measure] %d records, %.1f records/s, max %d calls in flight at the gateway (200 ms latency),"
                          + " %d partition commits%n", m.produced(), m.recordsPerSecond(), m.maxInFlight(), m.commits());
        assertThat(m.maxInFlight()).isGreaterThan(10);
    }

    private static String header(Exchange exchange, String name) {
        Object value = exchange.getMessage().getHeader(name);
        return value instanceof byte[] bytes ? new String(bytes) : value == null ? null : value.toString();
    }

    private static void assertOffsetsCommittedToTheEnd(String group, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                List<TopicPartition> partitions = committed.keySet().stream()
                        .filter(tp -> tp.topic().equals(topic)).toList();
                Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                        .all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                assertThat(ends.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(RECORDS);
                for (TopicPartition tp : partitions) {
                    assertThat(committed.get(tp).offset()).as(tp.toString()).isEqualTo(ends.get(tp));
                }
            });
        }
    }
}
