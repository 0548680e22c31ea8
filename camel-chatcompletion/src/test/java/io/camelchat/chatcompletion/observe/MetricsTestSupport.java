package io.camelchat.chatcompletion.observe;

import java.util.Arrays;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel test whose registry holds one real {@link SimpleMeterRegistry}, which the component finds on its own, and a
 * replay server as the chat server.
 */
abstract class MetricsTestSupport extends ReplayServerTestSupport {

    static final String MODEL = "gpt-4o-mini";
    static final String RESPONSE_MODEL = "gpt-3.5-turbo-0613";
    static final double[] DURATION_BUCKETS = {
            0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92 };
    static final double[] TOKEN_BUCKETS = {
            1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864 };

    protected final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration()
                .setRetryInitialDelay(20);
        return context;
    }

    protected String uri(String options) {
        return "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl() + "&apiKey=sk-metrics-secret" + options;
    }

    protected Exchange ask(String options) {
        return template.request(uri(options), e -> e.getMessage().setBody("Hello!"));
    }

    /** The tags every GenAI meter of a call to the replay server carries. */
    protected Tags callTags() {
        return Tags.of("gen_ai.operation.name", "chat", "gen_ai.provider.name", "openai",
                "server.address", "127.0.0.1", "server.port", String.valueOf(server.port()),
                "gen_ai.request.model", MODEL);
    }

    /** The one summary of that name whose tags are exactly these. */
    protected DistributionSummary summary(String name, Tags tags) {
        DistributionSummary summary = meters.find(name).tags(tags).summary();
        assertThat(summary).as(name + " " + tags).isNotNull();
        assertThat(summary.getId().getTags()).containsExactlyInAnyOrderElementsOf(tags);
        return summary;
    }

    protected static double[] bucketBoundaries(DistributionSummary summary) {
        return Arrays.stream(summary.takeSnapshot().histogramCounts()).mapToDouble(CountAtBucket::bucket).toArray();
    }
}
