package io.camelchat.chatcompletion.examples.kafka;

import org.apache.camel.builder.RouteBuilder;

/**
 * Example 3's sinks: print the enriched reviews and the dead letters as they land on their topics. The consumer
 * group is per run, so each run reads both topics from the start and keeps only its own records.
 */
public class ReviewSinkRoutes extends RouteBuilder {

    private final SinkTally tally;

    public ReviewSinkRoutes(SinkTally tally) {
        this.tally = tally;
    }

    @Override
    public void configure() {
        from("kafka:{{kafka.topic.enriched}}?groupId=review-sink-{{run.id}}&autoOffsetReset=earliest&pollTimeoutMs=500")
                .routeId("enriched-sink")
                .bean(tally, "onEnriched");

        from("kafka:{{kafka.topic.dead-letter}}?groupId=review-sink-{{run.id}}&autoOffsetReset=earliest"
             + "&pollTimeoutMs=500")
                .routeId("dead-letter-sink")
                .bean(tally, "onDeadLetter");
    }
}
