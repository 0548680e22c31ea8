package io.camelchat.chatcompletion.examples.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The meters of an examples run: one registry that every example's Camel Main gets as its only MeterRegistry (the
 * component finds it there), made of a simple registry that keeps p50 and p99 for the closing table and, when a scrape
 * endpoint is asked for, a Prometheus registry.
 */
public final class ExampleMetrics implements AutoCloseable {

    private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
    private final SimpleMeterRegistry forTable = new SimpleMeterRegistry();
    private final PrometheusMeterRegistry prometheus;
    private final ScrapeEndpoint endpoint;

    private ExampleMetrics(Integer scrapePort) {
        forTable.config().meterFilter(new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().startsWith("gen_ai.client.operation")) {
                    return DistributionStatisticConfig.builder().percentiles(0.5, 0.99).build().merge(config);
                }
                return config;
            }
        });
        registry.add(forTable);
        if (scrapePort != null) {
            prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            registry.add(prometheus);
            endpoint = ScrapeEndpoint.start(prometheus, scrapePort);
        } else {
            prometheus = null;
            endpoint = null;
        }
    }

    /** Metrics for the table only. */
    public static ExampleMetrics tableOnly() {
        return new ExampleMetrics(null);
    }

    /** Metrics for the table and a Prometheus scrape endpoint on this port (0: any free port). */
    public static ExampleMetrics withScrapeEndpoint(int port) {
        return new ExampleMetrics(port);
    }

    /** The registry to bind into each example's Camel registry. */
    public MeterRegistry registry() {
        return registry;
    }

    /** The registry the closing table reads. */
    public MeterRegistry tableRegistry() {
        return forTable;
    }

    /** The scrape endpoint's URL, or null when there is none. */
    public String scrapeUrl() {
        return endpoint == null ? null : endpoint.url();
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.close();
        }
        registry.close();
    }
}
