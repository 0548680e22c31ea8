package io.camelchat.chatcompletion.observe.micrometer;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.observe.ObservedEndpoint;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import static io.camelchat.chatcompletion.observe.micrometer.MeterNames.*;

/**
 * The gauges of the endpoints that share one set of tags (provider, server, model): calls in flight and waiting for a
 * slot (summed over those endpoints), and the rate-limit remaining requests and tokens the server last reported
 * (NaN until it reports them). Shared per registry, because a registry keeps the first gauge registered under an id.
 */
final class EndpointGauges {

    private static final Map<MeterRegistry, Map<Tags, EndpointGauges>> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private final List<ObservedEndpoint> endpoints = new CopyOnWriteArrayList<>();
    private volatile double remainingRequests = Double.NaN;
    private volatile double remainingTokens = Double.NaN;

    static EndpointGauges register(MeterRegistry registry, Tags tags, ObservedEndpoint endpoint) {
        EndpointGauges gauges = SHARED.computeIfAbsent(registry, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(tags, t -> {
                    EndpointGauges created = new EndpointGauges();
                    created.bind(registry, t);
                    return created;
                });
        gauges.endpoints.add(endpoint);
        return gauges;
    }

    private void bind(MeterRegistry registry, Tags tags) {
        Gauge.builder(CALLS_IN_FLIGHT, this, EndpointGauges::inFlight).strongReference(true)
                .description("Calls holding an in-flight slot (maxConcurrentRequests)").tags(tags).register(registry);
        Gauge.builder(CALLS_WAITING, this, EndpointGauges::waiting).strongReference(true)
                .description("Calls waiting for an in-flight slot").tags(tags).register(registry);
        Gauge.builder(RATE_LIMIT_REMAINING_REQUESTS, this, g -> g.remainingRequests).strongReference(true)
                .description("x-ratelimit-remaining-requests of the last answer").tags(tags).register(registry);
        Gauge.builder(RATE_LIMIT_REMAINING_TOKENS, this, g -> g.remainingTokens).strongReference(true)
                .description("x-ratelimit-remaining-tokens of the last answer").tags(tags).register(registry);
    }

    void remove(ObservedEndpoint endpoint) {
        endpoints.remove(endpoint);
    }

    private double inFlight() {
        int sum = 0;
        for (ObservedEndpoint endpoint : endpoints) {
            sum += endpoint.inFlight().getAsInt();
        }
        return sum;
    }

    private double waiting() {
        int sum = 0;
        for (ObservedEndpoint endpoint : endpoints) {
            sum += endpoint.waiting().getAsInt();
        }
        return sum;
    }

    void rateLimits(ResponseHead head) {
        double requests = number(head.header("x-ratelimit-remaining-requests"));
        if (!Double.isNaN(requests)) {
            remainingRequests = requests;
        }
        double tokens = number(head.header("x-ratelimit-remaining-tokens"));
        if (!Double.isNaN(tokens)) {
            remainingTokens = tokens;
        }
    }

    private static double number(String value) {
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}
