package io.camelchat.chatcompletion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/**
 * The options of the chatcompletion component. The component holds the defaults; each endpoint works on its own
 * {@link #copy()}, so endpoint options never change the component.
 */
@UriParams
public class ChatCompletionConfiguration implements Cloneable {

    public static final String DEFAULT_CHAT_PATH = "/api/v1/chat/completions";
    /** structuredOutput: send the schema as response_format. */
    public static final String STRUCTURED_NATIVE = "native";
    /** structuredOutput: put the schema into the system message and extract the JSON from the text. */
    public static final String STRUCTURED_PROMPT = "prompt";
    /** structuredOutput: native, and prompt once the server rejects response_format. */
    public static final String STRUCTURED_AUTO = "auto";

    @UriPath
    private String model;
    @UriParam
    @Metadata(required = true)
    private String baseUrl;
    @UriParam(defaultValue = DEFAULT_CHAT_PATH)
    private String chatPath = DEFAULT_CHAT_PATH;
    @UriParam(label = "security", secret = true)
    private String apiKey;
    @UriParam
    private Double temperature;
    @UriParam
    private Double topP;
    @UriParam
    private Integer maxTokens;
    @UriParam
    private Integer maxCompletionTokens;
    @UriParam
    private String user;
    @UriParam
    private String systemMessage;
    @UriParam(defaultValue = "false")
    private boolean stream;
    @UriParam(label = "producer,streaming", defaultValue = "chunks")
    private StreamingMode streamingMode = StreamingMode.chunks;
    @UriParam(label = "producer,streaming")
    private String chunkUri;
    @UriParam(label = "producer,streaming", defaultValue = "1")
    private int chunkBatch = 1;
    @UriParam(label = "producer,streaming", defaultValue = "true")
    private boolean includeUsage = true;
    @UriParam(defaultValue = "auto")
    private EnvelopeMode envelope = EnvelopeMode.auto;
    @UriParam(defaultValue = "content")
    private OutputFormat outputFormat = OutputFormat.content;
    @UriParam(defaultValue = "prompt")
    private InputFormat inputFormat = InputFormat.prompt;
    @UriParam(defaultValue = "false")
    private boolean enforceOptions;
    @UriParam(label = "producer,structured")
    private Class<?> outputClass;
    @UriParam(label = "producer,structured")
    private String jsonSchema;
    @UriParam(label = "producer,structured")
    private ResponseFormat responseFormat;
    @UriParam(label = "producer,structured", defaultValue = STRUCTURED_AUTO, enums = "native,prompt,auto")
    private String structuredOutput = STRUCTURED_AUTO;
    @UriParam(label = "producer,structured", defaultValue = "1")
    private int structuredOutputRetries = 1;
    @UriParam(label = "advanced", prefix = "extraBody.", multiValue = true)
    private Map<String, Object> extraBody = new LinkedHashMap<>();
    @UriParam(label = "advanced", prefix = "extraHeader.", multiValue = true)
    private Map<String, Object> extraHeader = new LinkedHashMap<>();
    @UriParam(label = "timeout", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "timeout", defaultValue = "300000", javaType = "java.time.Duration")
    private long requestTimeout = 300_000;
    @UriParam(label = "timeout", defaultValue = "0", javaType = "java.time.Duration")
    private long attemptTimeout;
    @UriParam(label = "timeout", defaultValue = "600000", javaType = "java.time.Duration")
    private long socketTimeout = 600_000;
    @UriParam(label = "timeout", defaultValue = "0", javaType = "java.time.Duration")
    private long firstTokenTimeout;
    @UriParam(label = "timeout", defaultValue = "0", javaType = "java.time.Duration")
    private long idleTimeout;
    @UriParam(label = "producer,retry", defaultValue = "2")
    private int maxRetries = 2;
    @UriParam(label = "producer,retry", defaultValue = "500", javaType = "java.time.Duration")
    private long retryInitialDelay = 500;
    @UriParam(label = "producer,retry", defaultValue = "30000", javaType = "java.time.Duration")
    private long retryMaxDelay = 30_000;
    @UriParam(label = "producer,retry", defaultValue = "120000", javaType = "java.time.Duration")
    private long maxRetryAfter = 120_000;
    @UriParam(label = "advanced", defaultValue = "1000")
    private int maxConcurrentRequests = 1000;
    @UriParam(label = "producer,budget", defaultValue = "0")
    private int requestsPerMinute;
    @UriParam(label = "producer,budget", defaultValue = "0")
    private int tokensPerMinute;
    @UriParam(label = "producer,budget")
    private String rateLimitGroup;
    @UriParam(label = "producer,budget", defaultValue = "1000")
    private int estimatedCompletionTokens = 1000;
    @UriParam(label = "advanced", defaultValue = "67108864")
    private int maxResponseSize = 64 * 1024 * 1024;
    @UriParam(label = "producer,streaming", defaultValue = "16777216")
    private int maxEventSize = 16 * 1024 * 1024;
    @UriParam(label = "producer,streaming", defaultValue = "67108864")
    private int maxStreamContentSize = 64 * 1024 * 1024;
    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "advanced")
    private CloseableHttpAsyncClient httpClient;
    @UriParam(label = "advanced")
    private ExecutorService executorService;
    @UriParam(label = "advanced", defaultValue = "false")
    private boolean continueOnIoThread;
    @UriParam(label = "observability")
    private String providerName;
    @UriParam(label = "observability", javaType = "io.micrometer.core.instrument.MeterRegistry")
    private Object meterRegistry;
    @UriParam(label = "observability", defaultValue = "false")
    private boolean metricsRouteIdTag;
    @UriParam(label = "observability", javaType = "io.opentelemetry.api.OpenTelemetry")
    private Object openTelemetry;
    @UriParam(label = "observability", defaultValue = "false")
    private boolean traceContent;

    public String getModel() {
        return model;
    }

    /**
     * The model to call, for example gpt-4o-mini. May be left empty when every exchange sets the
     * CamelChatCompletionModel header or sends a full request that names the model.
     */
    public void setModel(String model) {
        this.model = model;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The server's base URL, http or https, for example https://gateway.example.com or
     * https://api.openai.com. Requests go to this URL followed by chatPath.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getChatPath() {
        return chatPath;
    }

    /**
     * The path of the chat completion operation, appended to the base URL. The default is the vendor API's
     * /api/v1/chat/completions; plain OpenAI servers use /v1/chat/completions.
     */
    public void setChatPath(String chatPath) {
        this.chatPath = chatPath;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * The API key, sent as Authorization: Bearer API key. Never logged and masked in endpoint URIs; prefer a
     * property placeholder such as {{env:CHATCOMPLETION_API_KEY}}.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public Double getTemperature() {
        return temperature;
    }

    /** Sampling temperature between 0 and 2. Not sent when unset, so the server default applies. */
    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Double getTopP() {
        return topP;
    }

    /** Nucleus sampling probability mass (top_p). Not sent when unset. */
    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    /** Maximum number of tokens to generate (max_tokens). Not sent when unset. */
    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    public Integer getMaxCompletionTokens() {
        return maxCompletionTokens;
    }

    /**
     * Maximum number of completion tokens (max_completion_tokens), which newer OpenAI models use instead of
     * max_tokens. Not sent when unset.
     */
    public void setMaxCompletionTokens(Integer maxCompletionTokens) {
        this.maxCompletionTokens = maxCompletionTokens;
    }

    public String getUser() {
        return user;
    }

    /** An identifier of the end user, sent as user. Not sent when unset. */
    public void setUser(String user) {
        this.user = user;
    }

    public String getSystemMessage() {
        return systemMessage;
    }

    /**
     * A system message put first when the body is a prompt, or a message list without a system message. A full
     * request body is left as it is.
     */
    public void setSystemMessage(String systemMessage) {
        this.systemMessage = systemMessage;
    }

    public boolean isStream() {
        return stream;
    }

    /** Whether to ask the server to stream the answer as Server-Sent Events. */
    public void setStream(boolean stream) {
        this.stream = stream;
    }

    public StreamingMode getStreamingMode() {
        return streamingMode;
    }

    /**
     * How a streamed answer reaches the route: chunks (the body is split into one exchange per text chunk with
     * split(body()).streaming(); holds one route thread per active stream), aggregate (one exchange with the full
     * answer, as without streaming) or forward (each chunk is sent to chunkUri, no thread waits).
     */
    public void setStreamingMode(StreamingMode streamingMode) {
        this.streamingMode = streamingMode;
    }

    public String getChunkUri() {
        return chunkUri;
    }

    /**
     * With streamingMode=forward: the endpoint each chunk is sent to as its own exchange, for example direct:chunks or
     * seda:chunks. The next chunk is sent only after the previous exchange completed.
     */
    public void setChunkUri(String chunkUri) {
        this.chunkUri = chunkUri;
    }

    public int getChunkBatch() {
        return chunkBatch;
    }

    /**
     * With streamingMode=chunks: the most chunks one exchange of the split may carry. When the server is faster than
     * the route, the chunks already received are joined into one exchange (their text concatenated, up to this many),
     * which divides the per-exchange cost of the split; a chunk is never held back to fill a batch. 1 (the default)
     * gives every chunk its own exchange.
     */
    public void setChunkBatch(int chunkBatch) {
        this.chunkBatch = chunkBatch;
    }

    public boolean isIncludeUsage() {
        return includeUsage;
    }

    /**
     * When streaming, ask for token usage with stream_options.include_usage=true. Turn off for servers that reject
     * stream_options.
     */
    public void setIncludeUsage(boolean includeUsage) {
        this.includeUsage = includeUsage;
    }

    public EnvelopeMode getEnvelope() {
        return envelope;
    }

    /**
     * How to treat the vendor's {success, code, message, data} envelope: auto unwraps a body that has a
     * boolean success plus data or code, always requires it, never reads plain
     * OpenAI format only.
     */
    public void setEnvelope(EnvelopeMode envelope) {
        this.envelope = envelope;
    }

    public InputFormat getInputFormat() {
        return inputFormat;
    }

    /**
     * How a text body is read: prompt (the default: text is always the user's prompt, so untrusted text such as a
     * Kafka record can never choose the model, the token limits or tools), request (text is a full JSON request or
     * a JSON array of messages), or auto (text that parses as one of those is one, other text is a prompt).
     * Structured bodies (Map, List, JsonNode, ChatCompletionRequest) are read as they are in every format.
     */
    public void setInputFormat(InputFormat inputFormat) {
        this.inputFormat = inputFormat;
    }

    public boolean isEnforceOptions() {
        return enforceOptions;
    }

    /**
     * With a full request as the body: when true, the options in force (model, temperature, topP, maxTokens,
     * maxCompletionTokens, user, stream, extraBody, from the endpoint or their headers) replace the request's own
     * values, and systemMessage is put first, so the endpoint keeps control of model, cost and limits. When false
     * (the default), they only fill the fields the request leaves unset.
     */
    public void setEnforceOptions(boolean enforceOptions) {
        this.enforceOptions = enforceOptions;
    }

    public OutputFormat getOutputFormat() {
        return outputFormat;
    }

    /**
     * What the body holds after the call: content the message text, response a typed
     * ChatCompletionResponse, json the unwrapped payload as a JSON String.
     */
    public void setOutputFormat(OutputFormat outputFormat) {
        this.outputFormat = outputFormat;
    }

    public Class<?> getOutputClass() {
        return outputClass;
    }

    /**
     * Structured output: the Java type of the answer (a class name, resolved with Camel's ClassResolver, or a Class in
     * the Java DSL). Its JSON schema is derived from the type (records, POJOs, enums, lists, nested types, Jackson and
     * Bean Validation annotations) in OpenAI's strict form (every property required, no additional properties), the
     * answer is validated against it, and the body out is an instance read with Jackson. With jsonSchema too, the
     * schema comes from jsonSchema and the body is still an instance of this class.
     */
    public void setOutputClass(Class<?> outputClass) {
        this.outputClass = outputClass;
    }

    public String getJsonSchema() {
        return jsonSchema;
    }

    /**
     * Structured output: the JSON schema the answer must fit, inline JSON or a resource (classpath:, file:, http:
     * through Camel's resource loading); the CamelChatCompletionJsonSchema header gives one per exchange. The answer
     * is validated against it and the body out is the validated JSON as a String (or an instance of outputClass).
     */
    public void setJsonSchema(String jsonSchema) {
        this.jsonSchema = jsonSchema;
    }

    public ResponseFormat getResponseFormat() {
        return responseFormat;
    }

    /**
     * The response_format sent: text, json_object (JSON mode, not checked against a schema) or json_schema (needs
     * jsonSchema or outputClass). Unset: json_schema when a schema is configured, otherwise no response_format.
     */
    public void setResponseFormat(ResponseFormat responseFormat) {
        this.responseFormat = responseFormat;
    }

    public String getStructuredOutput() {
        return structuredOutput;
    }

    /**
     * How a schema reaches the model: native sends it as response_format (json_schema, strict); prompt puts it into
     * the system message with a fixed instruction and extracts the JSON from the answer text (for servers without
     * response_format, such as the vendor gateway); auto sends native, and switches the endpoint to prompt for good
     * once the server rejects response_format (HTTP 400 naming it) or answers in the vendor envelope (whose API has no
     * response_format). With envelope=always, auto starts in prompt.
     */
    public void setStructuredOutput(String structuredOutput) {
        if (!STRUCTURED_NATIVE.equals(structuredOutput) && !STRUCTURED_PROMPT.equals(structuredOutput)
                && !STRUCTURED_AUTO.equals(structuredOutput)) {
            throw new IllegalArgumentException(
                    "structuredOutput must be native, prompt or auto, not " + structuredOutput);
        }
        this.structuredOutput = structuredOutput;
    }

    public int getStructuredOutputRetries() {
        return structuredOutputRetries;
    }

    /**
     * Structured output: how many times an answer that does not fit the schema is re-asked (the conversation, the
     * invalid answer and the validator's messages) before the call fails with INVALID_OUTPUT. A repair is a new
     * request in the same call, within the same requestTimeout; it is not a transport retry.
     */
    public void setStructuredOutputRetries(int structuredOutputRetries) {
        if (structuredOutputRetries < 0) {
            throw new IllegalArgumentException("structuredOutputRetries must be 0 or more");
        }
        this.structuredOutputRetries = structuredOutputRetries;
    }

    /** Whether answers are checked against a schema (outputClass or jsonSchema). */
    public boolean hasStructuredOutput() {
        return outputClass != null || jsonSchema != null && !jsonSchema.isBlank();
    }

    public Map<String, Object> getExtraBody() {
        return extraBody;
    }

    /**
     * Extra top-level fields for the request body, for example extraBody.seed=42 or
     * extraBody.reasoning_effort=low. A value that reads as JSON (a number, true, false, an object or an array)
     * is sent as that JSON value, anything else as a string. A full request body keeps its own values.
     */
    public void setExtraBody(Map<String, Object> extraBody) {
        this.extraBody = extraBody;
    }

    public Map<String, Object> getExtraHeader() {
        return extraHeader;
    }

    /**
     * Extra HTTP headers for every request, for example extraHeader.OpenAI-Organization=org-1. Exchange headers
     * are never sent as HTTP headers; this is the only way to add one.
     */
    public void setExtraHeader(Map<String, Object> extraHeader) {
        this.extraHeader = extraHeader;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** How long to wait for a TCP (and TLS) connection, in milliseconds. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * The deadline of the whole call, in milliseconds: from the moment the exchange reaches the endpoint until the
     * answer is complete, waits for an in-flight slot, every attempt and the waits between retries included. A retry
     * that could not start before the deadline is not made. Time during which the route holds back a stream (the
     * component stops reading while a split is slow) does not count. 0 means no deadline.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getAttemptTimeout() {
        return attemptTimeout;
    }

    /**
     * A limit on each single attempt (one HTTP request and its answer), in milliseconds, within requestTimeout: a
     * slow attempt is then given up and retried while the whole call still has time. 0 means no per-attempt limit.
     */
    public void setAttemptTimeout(long attemptTimeout) {
        this.attemptTimeout = attemptTimeout;
    }

    public long getSocketTimeout() {
        return socketTimeout;
    }

    /**
     * How long a connection may stay silent (no byte read) before the HTTP client closes it, in milliseconds: the
     * safety net under the other timeouts, so that no connection can hang forever even with requestTimeout=0. It
     * also runs while the route holds back a stream, so keep it above the longest pause of your slowest split. 0
     * means none.
     */
    public void setSocketTimeout(long socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    public long getFirstTokenTimeout() {
        return firstTokenTimeout;
    }

    /**
     * When streaming: the longest wait, in milliseconds, from sending the request until the first data event.
     * Comments and keep-alives do not count as data. 0 means no limit.
     */
    public void setFirstTokenTimeout(long firstTokenTimeout) {
        this.firstTokenTimeout = firstTokenTimeout;
    }

    public long getIdleTimeout() {
        return idleTimeout;
    }

    /**
     * When streaming: the longest gap, in milliseconds, between two data events. Comments and keep-alives do not reset
     * it. 0 means no limit.
     */
    public void setIdleTimeout(long idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a retryable failure (408, 409, 429, 5xx except insufficient_quota, transient envelope or inline
     * codes, transport, protocol and timeout failures) is retried. Never after a streamed chunk reached the route. 0
     * sends exactly one request per exchange.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    /**
     * The wait before the first retry, in milliseconds, when the server gave no Retry-After hint; it doubles with each
     * retry (with jitter) up to retryMaxDelay.
     */
    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** The longest backoff between two attempts, in milliseconds. */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getMaxRetryAfter() {
        return maxRetryAfter;
    }

    /**
     * The longest server wait hint (retry-after-ms or retry-after) that is honoured, in milliseconds. A longer hint
     * fails the exchange at once, with the hint in the exception, instead of retrying.
     */
    public void setMaxRetryAfter(long maxRetryAfter) {
        this.maxRetryAfter = maxRetryAfter;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * The most calls one endpoint has in flight at once (each endpoint URI has its own cap; the HTTP connections are
     * shared by the component). Exchanges over the cap wait in a queue without holding a thread, and start as earlier
     * calls finish; the header CamelChatCompletionSlotWait and the meter chatcompletion.client.calls.waiting show the
     * wait, and the endpoint logs once at INFO when it first holds a call back. A call in flight costs about 35 KB of
     * heap (mostly its connection's I/O buffers) and one connection (file descriptor): lower the cap to protect a small
     * server or the JVM, raise it for a pipeline that keeps more answers pending. To stay within a provider's quota,
     * use requestsPerMinute and tokensPerMinute instead.
     */
    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    /**
     * A client-side budget of requests per minute (the provider's RPM quota for the key): calls over it wait, in order
     * and without a thread, instead of meeting a 429. The budget is spread evenly over the minute (at most half a
     * second's worth at once) and corrected by the server's x-ratelimit headers; a 429 pauses the whole group until its
     * Retry-After. 0 means no request budget.
     */
    public void setRequestsPerMinute(int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public int getTokensPerMinute() {
        return tokensPerMinute;
    }

    /**
     * A client-side budget of tokens per minute (the provider's TPM quota for the key). Each call takes an estimate
     * when it is sent (a quarter of its request bytes, plus its max tokens or estimatedCompletionTokens), corrected
     * with the real usage when the answer arrives. A call that needs more than a whole minute's tokens fails at once.
     * 0 means no token budget.
     */
    public void setTokensPerMinute(int tokensPerMinute) {
        this.tokensPerMinute = tokensPerMinute;
    }

    public String getRateLimitGroup() {
        return rateLimitGroup;
    }

    /**
     * The name of the budget the endpoint shares: endpoints (and toD variants) with the same group and the same
     * API key quota share one budget in the JVM, and must give it the same requestsPerMinute and tokensPerMinute.
     * Unset, each endpoint has a budget of its own.
     */
    public void setRateLimitGroup(String rateLimitGroup) {
        this.rateLimitGroup = rateLimitGroup;
    }

    public int getEstimatedCompletionTokens() {
        return estimatedCompletionTokens;
    }

    /**
     * The completion tokens a call is assumed to use in the token budget when its request sets neither maxTokens nor
     * maxCompletionTokens.
     */
    public void setEstimatedCompletionTokens(int estimatedCompletionTokens) {
        this.estimatedCompletionTokens = estimatedCompletionTokens;
    }

    public int getMaxResponseSize() {
        return maxResponseSize;
    }

    /**
     * The largest non-streamed response body accepted, in bytes. A larger answer fails (not retried) and its
     * connection is closed, so a server that never ends its body cannot exhaust the memory.
     */
    public void setMaxResponseSize(int maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public int getMaxEventSize() {
        return maxEventSize;
    }

    /**
     * The largest single server-sent event (and line) of a stream accepted, in bytes. A larger one fails the stream
     * (not retried) and closes its connection. Answers that send a whole text in one event need it above that size.
     */
    public void setMaxEventSize(int maxEventSize) {
        this.maxEventSize = maxEventSize;
    }

    public int getMaxStreamContentSize() {
        return maxStreamContentSize;
    }

    /**
     * The most characters a stream may accumulate (text, reasoning and tool-call arguments together) in every
     * streaming mode. A longer stream fails (not retried) and its connection is closed.
     */
    public void setMaxStreamContentSize(int maxStreamContentSize) {
        this.maxStreamContentSize = maxStreamContentSize;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS settings (trust store, key store, protocols) for https base URLs, as Camel's SSLContextParameters. Without
     * it the JVM's default trust applies.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public CloseableHttpAsyncClient getHttpClient() {
        return httpClient;
    }

    /**
     * An Apache HttpClient 5 async client to use instead of the ones the component builds, named explicitly (for
     * example httpClient=#myClient); a client in the registry is never picked up on its own. The component neither starts nor closes a client it was given, and the client's
     * own retry, redirect, pool size and timeout settings then apply: turn its automatic retries and redirects off,
     * size its pool to maxConcurrentRequests, and enable RequestConfig hard cancellation so that an abandoned or timed
     * out stream closes its connection at once.
     */
    public void setHttpClient(CloseableHttpAsyncClient httpClient) {
        this.httpClient = httpClient;
    }

    public ExecutorService getExecutorService() {
        return executorService;
    }

    /**
     * The thread pool on which the route continues after an answer arrives, so that slow route steps never hold the
     * HTTP client's I/O threads. By default a pool shared by all endpoints of the component.
     */
    public void setExecutorService(ExecutorService executorService) {
        this.executorService = executorService;
    }

    public boolean isContinueOnIoThread() {
        return continueOnIoThread;
    }

    /**
     * Continue the route on the HTTP client's I/O thread when a non-streamed answer arrives, instead of handing the
     * exchange to the executor. It saves a thread hand-off per call (in the CPU-bound benchmark about a third of the
     * component's CPU per call), but any step after this endpoint that blocks (a synchronous call, a slow processor, a
     * full queue) then stalls the I/O thread, and with it every call of every endpoint sharing the component's
     * connections. Only for routes whose next steps never block, or that hand the exchange off themselves (seda:,
     * threads()). Failures, streams and retried answers still continue on the executor.
     */
    public void setContinueOnIoThread(boolean continueOnIoThread) {
        this.continueOnIoThread = continueOnIoThread;
    }

    public String getProviderName() {
        return providerName;
    }

    /**
     * The gen_ai.provider.name of metrics and spans. By default derived from the base URL's host: api.openai.com gives
     * openai, a host ending in .openai.azure.com gives azure.ai.openai (and other well-known hosts their OpenTelemetry
     * names); any other host gives openai, the API the component speaks. Set it for a gateway, for example to the
     * provider behind it.
     */
    public void setProviderName(String providerName) {
        this.providerName = providerName;
    }

    public Object getMeterRegistry() {
        return meterRegistry;
    }

    /**
     * The Micrometer MeterRegistry that gets the endpoint's metrics (an io.micrometer.core.instrument.MeterRegistry).
     * By default the only MeterRegistry in the Camel registry (or the composite one when there are several); none
     * means no metrics. Needs micrometer-core on the classpath.
     */
    public void setMeterRegistry(Object meterRegistry) {
        this.meterRegistry = meterRegistry;
    }

    public boolean isMetricsRouteIdTag() {
        return metricsRouteIdTag;
    }

    /**
     * Whether the metrics carry the id of the route that created the exchange as the camel.route.id tag. Off by
     * default, so that the number of time series does not grow with the number of routes.
     */
    public void setMetricsRouteIdTag(boolean metricsRouteIdTag) {
        this.metricsRouteIdTag = metricsRouteIdTag;
    }

    public Object getOpenTelemetry() {
        return openTelemetry;
    }

    /**
     * The OpenTelemetry (an io.opentelemetry.api.OpenTelemetry) whose tracer records a CLIENT span per call and whose
     * propagators send the trace context (traceparent) to the server. By default the only OpenTelemetry in the Camel
     * registry, else the global one when the OpenTelemetry Java agent is attached or
     * otel.java.global-autoconfigure.enabled is true; none means no spans. Needs opentelemetry-api on the classpath.
     */
    public void setOpenTelemetry(Object openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    public boolean isTraceContent() {
        return traceContent;
    }

    /**
     * Whether spans record the request messages and the answer text as events (gen_ai.content.prompt,
     * gen_ai.content.completion). Off by default: prompts and answers may hold personal data. The API key and the
     * extraHeader values are never recorded.
     */
    public void setTraceContent(boolean traceContent) {
        this.traceContent = traceContent;
    }

    /** A copy whose maps can be changed without changing this configuration. */
    public ChatCompletionConfiguration copy() {
        try {
            ChatCompletionConfiguration copy = (ChatCompletionConfiguration) clone();
            copy.extraBody = new LinkedHashMap<>(extraBody);
            copy.extraHeader = new LinkedHashMap<>(extraHeader);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
