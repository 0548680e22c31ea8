package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Tags;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream records gen_ai.client.operation.time_to_first_chunk once and time_per_output_chunk for every later text
 * chunk, with the advised buckets, in aggregate mode and in chunks mode (the route splits the chunks).
 */
class StreamRecordsChunkTimingsTest extends MetricsTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chunks")
                        .toD(uri("&stream=true&streamingMode=chunks"))
                        .split(body()).streaming().to("mock:chunk").end();
            }
        };
    }

    @Test
    void aggregateModeRecordsFirstChunkAndEachLaterChunk() {
        server.enqueue(ScriptedResponse.sse(Sse.answer("Hel", "lo", "!")).withDelayMs(30));

        Exchange exchange = ask("&stream=true&streamingMode=aggregate");

        assertThat(exchange.getException()).isNull();
        assertChunkTimings();
    }

    @Test
    void chunksModeRecordsFirstChunkAndEachLaterChunk() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.answer("Hel", "lo", "!")).withDelayMs(30));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("Hel", "lo", "!");

        template.sendBody("direct:chunks", "Hello!");

        getMockEndpoint("mock:chunk").assertIsSatisfied();
        assertChunkTimings();
    }

    private void assertChunkTimings() {
        Tags tags = callTags().and("gen_ai.response.model", Sse.MODEL);
        DistributionSummary first = summary("gen_ai.client.operation.time_to_first_chunk", tags);
        DistributionSummary later = summary("gen_ai.client.operation.time_per_output_chunk", tags);
        assertThat(first.count()).isEqualTo(1);
        assertThat(first.totalAmount()).as("the first text is written 30 ms after the head").isGreaterThan(0.029);
        assertThat(later.count()).isEqualTo(2);
        assertThat(first.totalAmount() + later.totalAmount()).as("the last text is written 90 ms after the head")
                .isGreaterThan(0.089);
        assertThat(bucketBoundaries(first)).containsExactly(DURATION_BUCKETS);
        assertThat(bucketBoundaries(later)).containsExactly(DURATION_BUCKETS);
        assertThat(summary("gen_ai.client.token.usage", tags.and("gen_ai.token.type", "output")).totalAmount())
                .isEqualTo(3);
        assertThat(summary("gen_ai.client.operation.duration", tags.and("error.type", "")).count()).isEqualTo(1);
    }
}
