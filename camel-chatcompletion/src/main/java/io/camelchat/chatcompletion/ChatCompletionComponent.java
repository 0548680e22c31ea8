package io.camelchat.chatcompletion;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import javax.net.ssl.SSLContext;

import io.camelchat.chatcompletion.budget.RateBudget;
import io.camelchat.chatcompletion.http.SharedClients;
import io.camelchat.chatcompletion.request.ChatUris;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The chatcompletion component: endpoints share its configuration as defaults, its HTTP clients (one per distinct set
 * of connection settings), its continuation thread pool and its timer.
 */
@Component("chatcompletion")
public class ChatCompletionComponent extends DefaultComponent {

    /** Threads of the default pool on which routes continue after an answer arrives. */
    static final int DEFAULT_CONTINUATION_THREADS = 10;

    @Metadata
    private ChatCompletionConfiguration configuration = new ChatCompletionConfiguration();

    private ExecutorService defaultExecutor;
    private ScheduledExecutorService timer;
    private ExecutorService streamExecutor;
    private ExecutorService fallbackExecutor;
    private final Map<String, RateBudget> budgets = new HashMap<>();
    private final SharedClients sharedClients
            = new SharedClients(this::createSslContext);

    public ChatCompletionComponent() {
    }

    public ChatCompletionConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The component's default options, which every endpoint starts from and may override. Every option can be set
     * here, for example as camel.component.chatcompletion.base-url in application.properties.
     */
    public void setConfiguration(ChatCompletionConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ChatCompletionConfiguration endpointConfiguration = configuration.copy();
        Map<String, Object> extraBody = PropertiesHelper.extractProperties(parameters, "extraBody.");
        Map<String, Object> extraHeader = PropertiesHelper.extractProperties(parameters, "extraHeader.");
        ChatCompletionEndpoint endpoint
                = new ChatCompletionEndpoint(uri, this, endpointConfiguration);
        if (!remaining.isBlank()) {
            endpointConfiguration.setModel(remaining);
        }
        setProperties(endpoint, parameters);
        endpointConfiguration.getExtraBody().putAll(extraBody);
        endpointConfiguration.getExtraHeader().putAll(extraHeader);
        validate(endpointConfiguration);
        return endpoint;
    }

    /** Every option checked when the endpoint is created, so a bad value never fails later on a pool thread. */
    private static void validate(ChatCompletionConfiguration config) {
        ChatUris.chatUri(config.getBaseUrl(), config.getChatPath());
        atLeast("maxConcurrentRequests", config.getMaxConcurrentRequests(), 1);
        atLeast("chunkBatch", config.getChunkBatch(), 1);
        atLeast("connectTimeout", config.getConnectTimeout(), 0);
        atLeast("requestTimeout", config.getRequestTimeout(), 0);
        atLeast("attemptTimeout", config.getAttemptTimeout(), 0);
        atLeast("socketTimeout", config.getSocketTimeout(), 0);
        atLeast("firstTokenTimeout", config.getFirstTokenTimeout(), 0);
        atLeast("idleTimeout", config.getIdleTimeout(), 0);
        atLeast("maxRetries", config.getMaxRetries(), 0);
        atLeast("retryInitialDelay", config.getRetryInitialDelay(), 0);
        atLeast("retryMaxDelay", config.getRetryMaxDelay(), 0);
        atLeast("maxRetryAfter", config.getMaxRetryAfter(), 0);
        atLeast("maxResponseSize", config.getMaxResponseSize(), 1);
        atLeast("maxEventSize", config.getMaxEventSize(), 1);
        atLeast("maxStreamContentSize", config.getMaxStreamContentSize(), 1);
        atLeast("requestsPerMinute", config.getRequestsPerMinute(), 0);
        atLeast("tokensPerMinute", config.getTokensPerMinute(), 0);
        atLeast("estimatedCompletionTokens", config.getEstimatedCompletionTokens(), 1);
        if (config.getMaxTokens() != null) {
            atLeast("maxTokens", config.getMaxTokens(), 1);
        }
        if (config.getMaxCompletionTokens() != null) {
            atLeast("maxCompletionTokens", config.getMaxCompletionTokens(), 1);
        }
        if (config.getTemperature() != null && !(config.getTemperature() >= 0)) {
            throw new IllegalArgumentException("temperature must not be negative, was " + config.getTemperature());
        }
        if (config.getTopP() != null && !(config.getTopP() >= 0 && config.getTopP() <= 1)) {
            throw new IllegalArgumentException("topP must be between 0 and 1, was " + config.getTopP());
        }
        if (config.getStreamingMode() == StreamingMode.forward
                && (config.getChunkUri() == null || config.getChunkUri().isBlank())) {
            throw new IllegalArgumentException("streamingMode=forward needs chunkUri, for example chunkUri=direct:chunks");
        }
    }

    private static void atLeast(String option, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
        }
    }

    synchronized ExecutorService getDefaultExecutor() {
        if (defaultExecutor == null) {
            ThreadPoolProfile profile = new ThreadPoolProfile("ChatCompletion");
            profile.setPoolSize(DEFAULT_CONTINUATION_THREADS);
            profile.setMaxPoolSize(DEFAULT_CONTINUATION_THREADS);
            // a queue that never fills and no caller-runs policy: a saturated pool must never run the route on the
            // HTTP client's I/O thread that hands it the answer
            profile.setMaxQueueSize(Integer.MAX_VALUE);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            defaultExecutor = getCamelContext().getExecutorServiceManager()
                    .newThreadPool(this, "ChatCompletion", profile);
        }
        return defaultExecutor;
    }

    synchronized ExecutorService getStreamExecutor() {
        if (streamExecutor == null) {
            streamExecutor = getCamelContext().getExecutorServiceManager()
                    .newCachedThreadPool(this, "ChatCompletionStream");
        }
        return streamExecutor;
    }

    /**
     * Where a task goes when the executor meant for it rejects it: an unbounded cached pool, so it never waits and
     * never runs on the thread that hands it over.
     */
    synchronized ExecutorService getFallbackExecutor() {
        if (fallbackExecutor == null) {
            fallbackExecutor = getCamelContext().getExecutorServiceManager()
                    .newCachedThreadPool(this, "ChatCompletionFallback");
        }
        return fallbackExecutor;
    }

    /**
     * The rate-limit budget of a group, created on first use; every endpoint of a group must give it the same limits.
     */
    synchronized RateBudget getBudget(String group, int requestsPerMinute, int tokensPerMinute) {
        RateBudget budget = budgets.computeIfAbsent(group,
                name -> new RateBudget(requestsPerMinute, tokensPerMinute, getTimer()));
        if (budget.requestsPerMinute() != requestsPerMinute || budget.tokensPerMinute() != tokensPerMinute) {
            throw new IllegalArgumentException("rateLimitGroup " + group + " already has requestsPerMinute="
                                               + budget.requestsPerMinute() + " and tokensPerMinute="
                                               + budget.tokensPerMinute() + "; every endpoint of a group must use the "
                                               + "same budget");
        }
        return budget;
    }

    /** The HTTP clients of this component's endpoints, one per distinct set of connection settings. */
    SharedClients getSharedClients() {
        return sharedClients;
    }

    @Override
    protected void doStart() throws Exception {
        SupportedCamelVersion.require(getCamelContext().getVersion());
        super.doStart();
        sharedClients.open();
    }

    synchronized ScheduledExecutorService getTimer() {
        if (timer == null) {
            // one pending task per call in flight or waiting: Camel's default profile caps a scheduled pool at 1,000
            // pending tasks and rejects the rest, which would leave calls past the thousandth without a deadline
            ThreadPoolProfile profile = new ThreadPoolProfile("ChatCompletionTimer");
            profile.setPoolSize(1);
            profile.setMaxPoolSize(1);
            profile.setMaxQueueSize(-1);
            profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
            timer = getCamelContext().getExecutorServiceManager()
                    .newScheduledThreadPool(this, "ChatCompletionTimer", profile);
        }
        return timer;
    }

    private SSLContext createSslContext(SSLContextParameters tls) {
        try {
            return tls.createSSLContext(getCamelContext());
        } catch (Exception e) {
            throw new IllegalArgumentException("sslContextParameters cannot create an SSLContext: " + e.getMessage(), e);
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        sharedClients.close();
        budgets.clear();
        if (defaultExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(defaultExecutor);
            defaultExecutor = null;
        }
        if (timer != null) {
            getCamelContext().getExecutorServiceManager().shutdown(timer);
            timer = null;
        }
        if (streamExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(streamExecutor);
            streamExecutor = null;
        }
        if (fallbackExecutor != null) {
            getCamelContext().getExecutorServiceManager().shutdown(fallbackExecutor);
            fallbackExecutor = null;
        }
        super.doStop();
    }
}
