package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A successful call records gen_ai.client.operation.duration and gen_ai.client.token.usage with the GenAI tags and
 * the advised buckets, its slot wait, and the rate-limit headers of the answer as gauges.
 */
class SuccessfulCallRecordsGenAiMetricsTest extends MetricsTestSupport {

    @Test
    void recordsDurationTokensSlotWaitAndRateLimits() {
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("Hi"))
                .withHeader("x-ratelimit-remaining-requests", "4999")
                .withHeader("x-ratelimit-remaining-tokens", "159980"));

        Exchange exchange = ask("");

        assertThat(exchange.getException()).isNull();
        Tags outcome = callTags().and("gen_ai.response.model", RESPONSE_MODEL);
        DistributionSummary duration = summary("gen_ai.client.operation.duration", outcome.and("error.type", ""));
        assertThat(duration.count()).isEqualTo(1);
        assertThat(duration.totalAmount()).isGreaterThan(0).isLessThan(10);
        assertThat(duration.getId().getBaseUnit()).isEqualTo("seconds");
        assertThat(bucketBoundaries(duration)).containsExactly(DURATION_BUCKETS);

        DistributionSummary input = summary("gen_ai.client.token.usage", outcome.and("gen_ai.token.type", "input"));
        DistributionSummary output = summary("gen_ai.client.token.usage", outcome.and("gen_ai.token.type", "output"));
        assertThat(input.totalAmount()).isEqualTo(9);
        assertThat(output.totalAmount()).isEqualTo(12);
        assertThat(bucketBoundaries(input)).containsExactly(TOKEN_BUCKETS);

        Timer slotWait = meters.find("chatcompletion.client.slot.wait").tags(callTags()).timer();
        assertThat(slotWait).isNotNull();
        assertThat(slotWait.count()).isEqualTo(1);

        assertThat(meters.find("chatcompletion.client.rate_limit.remaining_requests").tags(callTags()).gauge().value())
                .isEqualTo(4999);
        assertThat(meters.find("chatcompletion.client.rate_limit.remaining_tokens").tags(callTags()).gauge().value())
                .isEqualTo(159980);
        assertThat(meters.find("chatcompletion.client.calls.in_flight").tags(callTags()).gauge().value()).isZero();
        assertThat(meters.find("chatcompletion.client.failures").counter()).isNull();
        assertThat(meters.find("chatcompletion.client.retries").counter()).isNull();
        assertThat(meters.find("gen_ai.client.operation.time_to_first_chunk").summary())
                .as("not a stream: no time to first chunk").isNull();
    }
}
