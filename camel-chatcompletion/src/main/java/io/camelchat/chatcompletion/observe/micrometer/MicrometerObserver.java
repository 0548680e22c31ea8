package io.camelchat.chatcompletion.observe.micrometer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.observe.CallObservation;
import io.camelchat.chatcompletion.observe.CallObserver;
import io.camelchat.chatcompletion.observe.ObservedEndpoint;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;

import static io.camelchat.chatcompletion.observe.micrometer.MeterNames.*;

/**
 * The Micrometer metrics of one endpoint. Meters are created on first use and cached per request model (and route id
 * when asked), so a call only does map lookups; tags never carry prompts, users or exchange ids.
 */
final class MicrometerObserver implements CallObserver {

    private final MeterRegistry registry;
    private final Tags base;
    private final boolean routeIdTag;
    private final EndpointGauges gauges;
    private final ObservedEndpoint endpoint;
    private final Map<String, ModelMeters> byModel = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ModelMeters>> byRouteAndModel = new ConcurrentHashMap<>();

    MicrometerObserver(MeterRegistry registry, ObservedEndpoint endpoint, boolean routeIdTag) {
        this.registry = registry;
        this.endpoint = endpoint;
        this.routeIdTag = routeIdTag;
        this.base = Tags.of(OPERATION_NAME, "chat", PROVIDER_NAME, endpoint.providerName(),
                SERVER_ADDRESS, endpoint.serverAddress(), SERVER_PORT, String.valueOf(endpoint.serverPort()));
        this.gauges = EndpointGauges.register(registry, base.and(REQUEST_MODEL, orUnknown(endpoint.model())),
                endpoint);
    }

    @Override
    public CallObservation callStarted(PreparedRequest request, Exchange exchange) {
        String model = orUnknown(request.model());
        ModelMeters meters;
        if (routeIdTag) {
            String routeId = orUnknown(exchange.getFromRouteId());
            meters = byRouteAndModel.computeIfAbsent(routeId, r -> new ConcurrentHashMap<>())
                    .computeIfAbsent(model, m -> new ModelMeters(base.and(ROUTE_ID, routeId).and(REQUEST_MODEL, m)));
        } else {
            meters = byModel.computeIfAbsent(model, m -> new ModelMeters(base.and(REQUEST_MODEL, m)));
        }
        return new MicrometerObservation(meters, gauges);
    }

    @Override
    public void close() {
        gauges.remove(endpoint);
    }

    static String orUnknown(String value) {
        return value == null || value.isEmpty() ? UNKNOWN : value;
    }

    /** The meters of one request model (and route): created once, then looked up by response model and error. */
    final class ModelMeters {
        final Tags tags;
        final Timer slotWait;
        final Timer budgetWait;
        private final Map<String, Counter> retries = new ConcurrentHashMap<>();
        private final Map<String, Counter> failures = new ConcurrentHashMap<>();
        private final Map<String, OutcomeMeters> successes = new ConcurrentHashMap<>();
        private final Map<String, DistributionSummary> failedDurations = new ConcurrentHashMap<>();
        private final Map<String, ChunkMeters> chunks = new ConcurrentHashMap<>();

        ModelMeters(Tags tags) {
            this.tags = tags;
            this.slotWait = Timer.builder(SLOT_WAIT).description("Time a call waited for an in-flight slot "
                                                                 + "(maxConcurrentRequests)")
                    .tags(tags).register(registry);
            this.budgetWait = Timer.builder(BUDGET_WAIT).description("Time a call waited for the rate-limit budget "
                                                                     + "(requestsPerMinute, tokensPerMinute)")
                    .tags(tags).register(registry);
        }

        Counter retries(String reason) {
            return retries.computeIfAbsent(reason, r -> Counter.builder(RETRIES)
                    .description("Attempts that failed and were retried, by reason (the error kind)")
                    .tags(tags).tag(RETRY_REASON, r).register(registry));
        }

        Counter failures(String errorType) {
            return failures.computeIfAbsent(errorType, e -> Counter.builder(FAILURES)
                    .description("Calls that failed for good, by error kind")
                    .tags(tags).tag(ERROR_TYPE, e).register(registry));
        }

        OutcomeMeters success(String responseModel) {
            return successes.computeIfAbsent(responseModel, OutcomeMeters::new);
        }

        DistributionSummary failedDuration(String errorType) {
            return failedDurations.computeIfAbsent(errorType, e -> duration(tags.and(RESPONSE_MODEL, UNKNOWN)
                    .and(ERROR_TYPE, e)));
        }

        ChunkMeters chunks(String responseModel) {
            return chunks.computeIfAbsent(responseModel, ChunkMeters::new);
        }

        /** Duration and token usage of the successful calls answered by one response model. */
        final class OutcomeMeters {
            final DistributionSummary duration;
            final DistributionSummary inputTokens;
            final DistributionSummary outputTokens;

            OutcomeMeters(String responseModel) {
                Tags outcome = tags.and(RESPONSE_MODEL, responseModel);
                duration = duration(outcome.and(ERROR_TYPE, UNKNOWN));
                inputTokens = tokens(outcome.and(TOKEN_TYPE, "input"));
                outputTokens = tokens(outcome.and(TOKEN_TYPE, "output"));
            }
        }

        /** The stream timings of one response model. */
        final class ChunkMeters {
            final DistributionSummary timeToFirstChunk;
            final DistributionSummary timePerOutputChunk;

            ChunkMeters(String responseModel) {
                Tags chunkTags = tags.and(RESPONSE_MODEL, responseModel);
                timeToFirstChunk = seconds(TIME_TO_FIRST_CHUNK, "Time from the start of a streaming call to its "
                                                                + "first text chunk", chunkTags);
                timePerOutputChunk = seconds(TIME_PER_OUTPUT_CHUNK, "Time between two text chunks of a stream, "
                                                                   + "recorded for each chunk after the first",
                        chunkTags);
            }
        }
    }

    private DistributionSummary duration(Tags tags) {
        return seconds(OPERATION_DURATION, "GenAI operation duration", tags);
    }

    private DistributionSummary seconds(String name, String description, Tags tags) {
        return DistributionSummary.builder(name).description(description).baseUnit(SECONDS)
                .serviceLevelObjectives(DURATION_BUCKETS).tags(tags).register(registry);
    }

    private DistributionSummary tokens(Tags tags) {
        // the conventions' unit {token} is an annotation: no base unit, so Prometheus gets gen_ai_client_token_usage
        return DistributionSummary.builder(TOKEN_USAGE).description("Measures number of input and output tokens used")
                .serviceLevelObjectives(TOKEN_BUCKETS).tags(tags).register(registry);
    }

    static double seconds(long nanos) {
        return nanos / (double) TimeUnit.SECONDS.toNanos(1);
    }
}
