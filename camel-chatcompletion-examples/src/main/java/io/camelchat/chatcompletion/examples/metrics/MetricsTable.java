package io.camelchat.chatcompletion.examples.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

/**
 * The closing table of an examples run, read from the component's meters: per request model, response model and
 * outcome the calls, p50/p99 duration, p50 time to first chunk and the tokens in and out; then retries by reason and
 * failures by kind.
 */
public final class MetricsTable {

    static final String DURATION = "gen_ai.client.operation.duration";
    static final String FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";
    static final String TOKENS = "gen_ai.client.token.usage";

    private MetricsTable() {
    }

    public static List<String> render(MeterRegistry registry) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-14s %-20s %-9s %6s %8s %8s %12s %10s %10s", "request model",
                "response model", "outcome", "calls", "p50 s", "p99 s", "1st chunk p50", "tokens in", "tokens out"));
        long calls = 0;
        for (DistributionSummary duration : registry.find(DURATION).summaries()) {
            String requestModel = duration.getId().getTag("gen_ai.request.model");
            String responseModel = duration.getId().getTag("gen_ai.response.model");
            String errorType = duration.getId().getTag("error.type");
            boolean ok = errorType == null || errorType.isEmpty();
            calls += duration.count();
            DistributionSummary firstChunk = ok ? registry.find(FIRST_CHUNK).tag("gen_ai.request.model", requestModel)
                    .tag("gen_ai.response.model", responseModel).summary() : null;
            lines.add(String.format(Locale.ROOT, "%-14s %-20s %-9s %6d %8s %8s %12s %10s %10s", requestModel,
                    responseModel.isEmpty() ? "-" : responseModel, ok ? "ok" : errorType, duration.count(),
                    seconds(percentile(duration, 0.5)), seconds(percentile(duration, 0.99)),
                    firstChunk == null ? "-" : seconds(percentile(firstChunk, 0.5)),
                    ok ? tokens(registry, requestModel, responseModel, "input") : "-",
                    ok ? tokens(registry, requestModel, responseModel, "output") : "-"));
        }
        lines.add("calls " + calls + "; retries by reason " + countsBy(registry, "chatcompletion.client.retries",
                "chatcompletion.retry.reason") + "; failures by kind "
                  + countsBy(registry, "chatcompletion.client.failures", "error.type"));
        return lines;
    }

    private static double percentile(DistributionSummary summary, double percentile) {
        for (ValueAtPercentile value : summary.takeSnapshot().percentileValues()) {
            if (value.percentile() == percentile) {
                return value.value();
            }
        }
        return Double.NaN;
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String tokens(MeterRegistry registry, String requestModel, String responseModel, String type) {
        DistributionSummary summary = registry.find(TOKENS).tag("gen_ai.request.model", requestModel)
                .tag("gen_ai.response.model", responseModel).tag("gen_ai.token.type", type).summary();
        return summary == null ? "0" : String.valueOf((long) summary.totalAmount());
    }

    private static Map<String, Long> countsBy(MeterRegistry registry, String name, String tag) {
        Map<String, Long> counts = new TreeMap<>();
        for (Counter counter : registry.find(name).counters()) {
            counts.merge(counter.getId().getTag(tag), (long) counter.count(), Long::sum);
        }
        return counts;
    }
}
