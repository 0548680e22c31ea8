package io.camelchat.chatcompletion.observe.micrometer;

/** The names, units and advised bucket boundaries of the meters, and the tag keys. */
public final class MeterNames {

    public static final String OPERATION_DURATION = "gen_ai.client.operation.duration";
    public static final String TOKEN_USAGE = "gen_ai.client.token.usage";
    public static final String TIME_TO_FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";
    public static final String TIME_PER_OUTPUT_CHUNK = "gen_ai.client.operation.time_per_output_chunk";
    public static final String CALLS_IN_FLIGHT = "chatcompletion.client.calls.in_flight";
    public static final String CALLS_WAITING = "chatcompletion.client.calls.waiting";
    public static final String SLOT_WAIT = "chatcompletion.client.slot.wait";
    public static final String BUDGET_WAIT = "chatcompletion.client.budget.wait";
    public static final String RETRIES = "chatcompletion.client.retries";
    public static final String FAILURES = "chatcompletion.client.failures";
    public static final String RATE_LIMIT_REMAINING_REQUESTS = "chatcompletion.client.rate_limit.remaining_requests";
    public static final String RATE_LIMIT_REMAINING_TOKENS = "chatcompletion.client.rate_limit.remaining_tokens";

    /**
     * The Micrometer base unit of the duration histograms. The conventions' unit is s; Micrometer names it seconds,
     * so Prometheus gets gen_ai_client_operation_duration_seconds, the name the OpenTelemetry Prometheus exporter
     * gives the same metric.
     */
    public static final String SECONDS = "seconds";

    public static final String OPERATION_NAME = "gen_ai.operation.name";
    public static final String PROVIDER_NAME = "gen_ai.provider.name";
    public static final String REQUEST_MODEL = "gen_ai.request.model";
    public static final String RESPONSE_MODEL = "gen_ai.response.model";
    public static final String SERVER_ADDRESS = "server.address";
    public static final String SERVER_PORT = "server.port";
    public static final String ERROR_TYPE = "error.type";
    public static final String TOKEN_TYPE = "gen_ai.token.type";
    public static final String RETRY_REASON = "chatcompletion.retry.reason";
    public static final String ROUTE_ID = "camel.route.id";

    /**
     * The value of a tag that does not apply (no error) or is not known (no response model): Prometheus wants the same
     * tag keys on every series of a meter, and it treats an empty label value as an absent label.
     */
    public static final String UNKNOWN = "";

    /** Advised boundaries of the duration and chunk histograms, in seconds. */
    static final double[] DURATION_BUCKETS = {
            0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92 };
    /** Advised boundaries of the token usage histogram. */
    static final double[] TOKEN_BUCKETS = {
            1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304, 16777216, 67108864 };

    private MeterNames() {
    }
}
