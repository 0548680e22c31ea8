package io.camelchat.chatcompletion;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The chatcompletion component: endpoints share its configuration as defaults, its continuation thread pool and its
 * timer.
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
                = new ChatCompletionEndpoint(URISupport.sanitizeUri(uri), this, endpointConfiguration);
        if (!remaining.isBlank()) {
            endpointConfiguration.setModel(remaining);
        }
        setProperties(endpoint, parameters);
        endpointConfiguration.getExtraBody().putAll(extraBody);
        endpointConfiguration.getExtraHeader().putAll(extraHeader);
        validate(endpointConfiguration);
        return endpoint;
    }

    private static void validate(ChatCompletionConfiguration config) {
        ChatUris.chatUri(config.getBaseUrl(), config.getChatPath());
        if (config.getMaxConcurrentRequests() < 1) {
            throw new IllegalArgumentException(
                    "maxConcurrentRequests must be at least 1, was " + config.getMaxConcurrentRequests());
        }
        if (config.getConnectTimeout() < 0 || config.getRequestTimeout() < 0 || config.getFirstTokenTimeout() < 0
                || config.getIdleTimeout() < 0) {
            throw new IllegalArgumentException("timeouts must not be negative");
        }
        if (config.getStreamingMode() == StreamingMode.forward
                && (config.getChunkUri() == null || config.getChunkUri().isBlank())) {
            throw new IllegalArgumentException("streamingMode=forward needs chunkUri, for example chunkUri=direct:chunks");
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

    synchronized ScheduledExecutorService getTimer() {
        if (timer == null) {
            timer = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "ChatCompletionTimer");
            if (timer instanceof ScheduledThreadPoolExecutor pool) {
                pool.setRemoveOnCancelPolicy(true);
            }
        }
        return timer;
    }

    @Override
    protected synchronized void doStop() throws Exception {
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
        super.doStop();
    }
}
