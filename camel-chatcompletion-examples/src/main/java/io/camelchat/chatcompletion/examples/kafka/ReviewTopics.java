package io.camelchat.chatcompletion.examples.kafka;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The pipeline's topics: reviews in, enriched reviews out, and the dead letters. Partitions are the unit of
 * parallelism across instances: each partition is read by one consumer of the group at a time.
 *
 * @param reviews    where the producer writes the raw reviews
 * @param enriched   where the enrichment route writes each review with its answer merged in
 * @param deadLetter where a review goes when its call failed for good, with the error as Kafka headers
 * @param partitions partitions of the reviews topic
 */
public record ReviewTopics(String reviews, String enriched, String deadLetter, int partitions) {

    public static ReviewTopics defaults() {
        return new ReviewTopics("reviews", "reviews-enriched", "reviews-dead-letter", 3);
    }

    /** Creates the topics that do not exist yet (replication factor 1, fine for the embedded broker). */
    public void createIfMissing(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = List.of(new NewTopic(reviews, partitions, (short) 1),
                            new NewTopic(enriched, partitions, (short) 1), new NewTopic(deadLetter, 1, (short) 1))
                    .stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
