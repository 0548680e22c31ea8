package io.camelchat.chatcompletion.examples.docs;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.examples.gateway.EmbeddedGateway;
import io.camelchat.chatcompletion.examples.gateway.GatewayOptions;
import io.camelchat.chatcompletion.examples.kafka.EmbeddedKafkaBroker;
import org.apache.camel.CamelContext;
import org.apache.camel.ConsumerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docs' Kafka enrichment snippet, compiled from the docs and run as written against an in-process broker and the
 * embedded gateway: every record of a batch is enriched with its calls in flight together (more than the 10 a
 * default split pool would allow), and the group's offsets are committed after the batch.
 */
class DocsKafkaSnippetRunsTest {

    private static final int RECORDS = 30;

    @TempDir
    Path classes;

    @Test
    void theSnippetEnrichesABatchWithItsCallsInFlightTogetherAndCommits() throws Exception {
        DocSnippet snippet = DocSnippet.containing("batching=true");
        String className = SnippetCompiler.compile(snippet, classes);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
             EmbeddedGateway gateway = EmbeddedGateway.start(
                     GatewayOptions.vendor().withLatency(Duration.ofMillis(500)));
             URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                     getClass().getClassLoader())) {
            CamelContext context = new DefaultCamelContext();
            context.getPropertiesComponent().setInitialProperties(
                    props(Map.of("kafka.brokers", broker.bootstrapServers())));
            ChatCompletionComponent chat = new ChatCompletionComponent();
            chat.getConfiguration().setBaseUrl(gateway.baseUrl());
            chat.getConfiguration().setApiKey(EmbeddedGateway.API_KEY);
            context.addComponent("chatcompletion", chat);
            context.addRoutes((RouteBuilder) loader.loadClass(className).getDeclaredConstructor().newInstance());
            publishReviews(broker);
            try {
                context.start();
                ConsumerTemplate consumer = context.createConsumerTemplate();

                String enriched = "kafka:reviews-enriched?brokers=" + broker.bootstrapServers()
                                  + "&groupId=check&autoOffsetReset=earliest";
                for (int i = 0; i < RECORDS; i++) {
                    String answer = consumer.receiveBody(enriched, 20_000, String.class);
                    assertThat(answer).as("enriched record %d", i).isNotNull().contains("Classify the sentiment");
                }
                assertThat(gateway.stats().maxInFlight()).as("calls in flight together").isGreaterThan(10);
                // the commit follows the batch's last write
                Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        committedOffsets(broker)).as("offsets committed by the enricher").isEqualTo(RECORDS));
            } finally {
                context.stop();
            }
        }
    }

    /** Written before the enricher starts: its new group must find them from the start of the topic. */
    private static void publishReviews(EmbeddedKafkaBroker broker) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            for (int i = 0; i < RECORDS; i++) {
                producer.send(new ProducerRecord<>("reviews", "review " + i + ": works as described")).get();
            }
        }
    }

    private static long committedOffsets(EmbeddedKafkaBroker broker) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("enricher")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return offsets.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
        }
    }

    private static Properties props(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }
}
