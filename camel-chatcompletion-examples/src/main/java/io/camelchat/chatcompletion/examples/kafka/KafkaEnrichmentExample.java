package io.camelchat.chatcompletion.examples.kafka;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.examples.Example;
import io.camelchat.chatcompletion.examples.ExampleOutcome;
import io.camelchat.chatcompletion.examples.ExampleSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * Example 3: Kafka enrichment on a real broker (the in-process KRaft broker unless KAFKA_BOOTSTRAP_SERVERS is set).
 * Produces sample reviews, enriches each with a chat completion while many calls are in flight, and checks on the
 * output topics that every review came out exactly once: enriched, or (the poisoned one, against the embedded
 * gateway) dead-lettered with the error headers.
 */
public final class KafkaEnrichmentExample implements Example {

    /** What a run measured, for the tests and the closing summary. */
    public record Measurement(int produced, int enriched, int deadLettered, long tokens, double recordsPerSecond,
            int maxInFlight, int commits) {
    }

    private final int count;
    private final Map<String, String> env;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final ReviewTopics topics = ReviewTopics.defaults();
    private final PipelineStats stats = new PipelineStats();
    private final SinkTally tally = new SinkTally(run);
    private KafkaConnection kafka;
    private Measurement measurement;

    public KafkaEnrichmentExample(int count, Map<String, String> env) {
        this.count = count;
        this.env = env;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String title() {
        return count + " reviews through Kafka, enriched with many calls in flight, dead letters on their own topic";
    }

    @Override
    public void configure(Main main, ExampleSettings settings) throws Exception {
        kafka = KafkaConnection.fromEnvironment(env);
        System.out.println("[kafka] using " + kafka.describe());
        topics.createIfMissing(kafka.bootstrapServers());
        main.addInitialProperty("camel.component.kafka.brokers", kafka.bootstrapServers());
        main.addInitialProperty("kafka.topic.reviews", topics.reviews());
        main.addInitialProperty("kafka.topic.enriched", topics.enriched());
        main.addInitialProperty("kafka.topic.dead-letter", topics.deadLetter());
        main.addInitialProperty("kafka.group", env.getOrDefault("KAFKA_GROUP_ID", "review-enricher"));
        main.addInitialProperty("kafka.max-poll-records", env.getOrDefault("KAFKA_MAX_POLL_RECORDS", "20"));
        main.addInitialProperty("run.id", run);
        // the client-side budget: the provider's quota for the key (CHATCOMPLETION_REQUESTS_PER_MINUTE), by default
        // the embedded gateway's own quota (CHATCOMPLETION_GATEWAY_RPM), 0 for none
        main.addInitialProperty("chat.requests-per-minute", env.getOrDefault("CHATCOMPLETION_REQUESTS_PER_MINUTE",
                env.getOrDefault("CHATCOMPLETION_GATEWAY_RPM", "0")));
        // the enricher starts once the reviews are written, so it meets a backlog (as after a burst or a restart)
        // and fills whole batches of max-poll-records, all in flight at once
        main.addInitialProperty("kafka.enrichment.auto-startup", "false");
        main.configure().addRoutesBuilder(new ReviewEnrichmentRoutes(stats));
        main.configure().addRoutesBuilder(new ReviewSinkRoutes(tally));
    }

    @Override
    public ExampleOutcome run(CamelContext context, ExampleSettings settings) throws Exception {
        if (settings.isEmbedded()) {
            settings.gateway().resetMaxInFlight();
        }
        List<SampleReviews.Review> reviews = SampleReviews.generate(run, count);
        context.createProducerTemplate().sendBody("direct:publish-reviews", reviews);
        System.out.printf("[kafka] produced %d reviews to %s (run %s), starting the enricher%n", reviews.size(),
                topics.reviews(), run);
        context.getRouteController().startRoute(ReviewEnrichmentRoutes.ENRICHMENT_ROUTE);
        boolean accounted = tally.awaitAccounted(count, 60, TimeUnit.SECONDS);
        int maxInFlight = settings.isEmbedded() ? settings.gateway().stats().maxInFlight() : -1;
        measurement = new Measurement(count, tally.enriched(), tally.deadLettered(), stats.tokens(),
                stats.recordsPerSecond(), maxInFlight, stats.commits());
        int expectedDead = settings.isEmbedded() ? SampleReviews.poisonedCount(count) : tally.deadLettered();
        boolean ok = accounted && tally.enriched() == count - expectedDead && tally.deadLettered() == expectedDead
                     && (!settings.isEmbedded() || stats.repairs() == SampleReviews.badJsonCount(count));
        long rateLimited = settings.isEmbedded() ? settings.gateway().stats().rateLimited() : -1;
        String detail = String.format("%d in, %d enriched, %d dead-lettered, %d tokens, %.1f records/s, "
                                      + "max %s calls in flight at the gateway, %s quota 429s at the gateway, "
                                      + "longest budget wait %d ms, %d structured-output repairs%s",
                count, tally.enriched(), tally.deadLettered(), stats.tokens(), stats.recordsPerSecond(),
                maxInFlight < 0 ? "?" : String.valueOf(maxInFlight), rateLimited < 0 ? "?" : String.valueOf(rateLimited),
                stats.maxBudgetWaitMillis(), stats.repairs(), accounted ? "" : " (timed out waiting)");
        return new ExampleOutcome(name(), ok, detail, count, tally.enriched(), tally.deadLettered(), stats.tokens());
    }

    /** What the last run measured, or null before a run. */
    public Measurement measurement() {
        return measurement;
    }

    public SinkTally tally() {
        return tally;
    }

    public String runId() {
        return run;
    }

    @Override
    public void close() {
        if (kafka != null) {
            kafka.close();
        }
    }
}
