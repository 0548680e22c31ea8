package io.camelchat.chatcompletion.examples.kafka;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;

/**
 * Example 3's pipeline, Java DSL: a producer route writes sample reviews to {@code {{kafka.topic.reviews}}}; the
 * enrichment route consumes them in batches, calls chatcompletion for each record of a batch at the same time,
 * merges each typed answer ({@link ReviewInsight}, validated against its schema) into its review and writes it to {@code {{kafka.topic.enriched}}}; a review whose call failed
 * for good goes to {@code {{kafka.topic.dead-letter}}} with the error as Kafka headers.
 *
 * <p>Many calls in flight from one consumer: camel-kafka hands a consumer thread one record at a time and waits
 * until it is routed, so per-record consumption keeps one call in flight per consumer. Here the consumer polls in
 * batches ({@code batching=true}, up to {@code maxPollRecords} records) and a parallel split starts every record's
 * call at once, on a pool with one thread per record of a full batch (the split holds a thread per record while its
 * call is in flight; with Camel's default pool of 10 that capped the calls in flight at 10). Across instances,
 * partitions are the unit of parallelism.
 *
 * <p>Offsets, at-least-once: auto-commit is off ({@code autoCommitEnable=false}); with {@code allowManualCommit} and
 * the synchronous commit factory, {@link ReviewBatch#commit} commits each partition of a batch only after every record
 * of the batch was written (enriched or dead-lettered), so a crash before that re-delivers the batch instead of
 * losing it. With {@code breakOnFirstError=true} an unhandled failure (say the dead-letter write itself failed)
 * commits nothing and makes the consumer seek back and poll the batch again. Batch commits were chosen over a commit
 * per record because records of a batch complete out of order.
 */
public class ReviewEnrichmentRoutes extends RouteBuilder {

    public static final String ENRICHMENT_ROUTE = "review-enrichment";

    private final PipelineStats stats;

    public ReviewEnrichmentRoutes(PipelineStats stats) {
        this.stats = stats;
    }

    @Override
    public void configure() {
        ReviewBatch batch = new ReviewBatch(stats);
        // measured: the parallel split keeps a pool thread per record until its call returns, so Camel's default
        // pool (10 threads) capped the calls in flight at 10; one thread per record of a full batch lifts the cap
        int batchSize = Integer.parseInt(getContext().resolvePropertyPlaceholders("{{kafka.max-poll-records}}"));
        var splitPool = getContext().getExecutorServiceManager().newFixedThreadPool(this, "review-enrichment",
                batchSize);

        from("direct:publish-reviews").routeId("review-producer")
                .split(body())
                    .setHeader(KafkaConstants.KEY, simple("${body.id}"))
                    .setBody(simple("${body.toJson()}"))
                    .to("kafka:{{kafka.topic.reviews}}")
                .end();

        from("kafka:{{kafka.topic.reviews}}?groupId={{kafka.group}}&autoOffsetReset=earliest"
             + "&batching=true&maxPollRecords={{kafka.max-poll-records}}&pollTimeoutMs=500"
             + "&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
             + "&kafkaManualCommitFactory=#class:org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommitFactory")
                .routeId(ENRICHMENT_ROUTE).autoStartup("{{kafka.enrichment.auto-startup:true}}")
                .bean(batch, "unpack")
                .split(body()).parallelProcessing().executorService(splitPool)
                    .to("direct:enrich-review")
                .end()
                .bean(batch, "commit");

        from("direct:enrich-review").routeId("enrich-review")
                // a call the component gave up on (after its own retries), or any other failure of this record
                .onException(Exception.class)
                    .handled(true)
                    .process(new DeadLetterHeaders())
                    .removeHeaders("CamelChatCompletion*")
                    .setHeader(KafkaConstants.KEY, header(ReviewBatch.KEY_HEADER))
                    .to("kafka:{{kafka.topic.dead-letter}}")
                    .process(e -> stats.recordDeadLetter())
                .end()
                .process(new ReviewPrompt())
                // structured output: the body out is a ReviewInsight validated against the schema derived from it
                .to("chatcompletion:{{chat.model}}?maxRetries=2&retryInitialDelay=100"
                    + "&requestsPerMinute={{chat.requests-per-minute}}"
                    + "&systemMessage=You label product reviews."
                    + "&outputClass=" + ReviewInsight.class.getName())
                .process(new EnrichmentMerger(stats))
                .removeHeaders("CamelChatCompletion*")
                .setHeader(KafkaConstants.KEY, header(ReviewBatch.KEY_HEADER))
                .to("kafka:{{kafka.topic.enriched}}")
                .process(e -> stats.recordEnriched());
    }
}
