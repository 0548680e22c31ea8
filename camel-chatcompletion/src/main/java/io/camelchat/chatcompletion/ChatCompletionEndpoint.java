package io.camelchat.chatcompletion;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import io.camelchat.chatcompletion.http.ChatTransport;
import io.camelchat.chatcompletion.http.HttpCallRequest;
import io.camelchat.chatcompletion.http.HttpClient5Transport;
import io.camelchat.chatcompletion.http.InFlightLimiter;
import io.camelchat.chatcompletion.internal.PreparedRequest;
import io.camelchat.chatcompletion.internal.RetryPolicy;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Call OpenAI-compatible chat completion APIs, plain or in the vendor's success/code/message/data envelope.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "chatcompletion", title = "Chat Completion",
             syntax = "chatcompletion:model", producerOnly = true, category = { Category.AI },
             headersClass = ChatCompletionConstants.class)
public class ChatCompletionEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCompletionEndpoint.class);

    @UriParam
    private ChatCompletionConfiguration configuration;

    private URI chatUri;
    private CloseableHttpAsyncClient ownedClient;
    private ChatTransport transport;
    private InFlightLimiter limiter;
    private ExecutorService executor;
    private ScheduledExecutorService timer;
    private AsyncProducer chunkProducer;
    private RetryPolicy retryPolicy;
    private final Set<ChatCall> activeCalls = ConcurrentHashMap.newKeySet();

    public ChatCompletionEndpoint(String uri, ChatCompletionComponent component,
                                  ChatCompletionConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public ChatCompletionComponent getComponent() {
        return (ChatCompletionComponent) super.getComponent();
    }

    public ChatCompletionConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(ChatCompletionConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new ChatCompletionProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The chatcompletion component only supports producers");
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return configuration.getModel() == null ? null : Map.of("model", configuration.getModel());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        chatUri = ChatUris.chatUri(configuration.getBaseUrl(), configuration.getChatPath());
        executor = configuration.getExecutorService() != null
                ? configuration.getExecutorService() : getComponent().getDefaultExecutor();
        timer = getComponent().getTimer();
        warnIfPlainHttpLeavesTheHost();
        CloseableHttpAsyncClient client = configuration.getHttpClient();
        if (client == null) {
            SSLContextParameters tls = configuration.getSslContextParameters();
            ownedClient = HttpClient5Transport.createDefaultClient(configuration.getConnectTimeout(),
                    configuration.getMaxConcurrentRequests(), tls == null ? null : tls.createSSLContext(getCamelContext()));
            client = ownedClient;
        }
        transport = new HttpClient5Transport(client);
        limiter = new InFlightLimiter(configuration.getMaxConcurrentRequests(), executor);
        retryPolicy = new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                configuration.getRetryMaxDelay(), configuration.getMaxRetryAfter());
        if (configuration.getStreamingMode() == StreamingMode.forward) {
            chunkProducer = getCamelContext().getEndpoint(configuration.getChunkUri()).createAsyncProducer();
            ServiceHelper.startService(chunkProducer);
        }
    }

    /** The API key would cross the network in clear text. */
    private void warnIfPlainHttpLeavesTheHost() {
        if ("http".equalsIgnoreCase(chatUri.getScheme()) && !isLoopback(chatUri.getHost())) {
            LOG.warn("chatcompletion endpoint sends requests (and its API key) over plain http to {}; use https",
                    chatUri.getHost());
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1")
               || h.equals("0:0:0:0:0:0:0:1");
    }

    @Override
    protected void doStop() throws Exception {
        if (limiter != null) {
            limiter.rejectWaiting(new RejectedExecutionException("Endpoint " + getEndpointUri() + " is stopping"));
        }
        activeCalls.forEach(ChatCall::shutdown);
        if (ownedClient != null) {
            ownedClient.close(CloseMode.GRACEFUL);
            ownedClient = null;
        }
        ServiceHelper.stopService(chunkProducer);
        chunkProducer = null;
        super.doStop();
    }

    HttpCallRequest createHttpRequest(PreparedRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", request.stream() ? "text/event-stream" : "application/json");
        if (configuration.getApiKey() != null && !configuration.getApiKey().isBlank()) {
            headers.put("Authorization", "Bearer " + configuration.getApiKey());
        }
        configuration.getExtraHeader().forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return new HttpCallRequest(chatUri, headers, request.body());
    }

    ChatTransport getTransport() {
        return transport;
    }

    InFlightLimiter getLimiter() {
        return limiter;
    }

    ExecutorService getExecutor() {
        return executor;
    }

    ScheduledExecutorService getTimer() {
        return timer;
    }

    /** Where chunks mode continues the route: a thread per active stream, since the split waits for chunks. */
    ExecutorService getStreamExecutor() {
        return getComponent().getStreamExecutor();
    }

    RetryPolicy getRetryPolicy() {
        return retryPolicy;
    }

    void track(ChatCall call) {
        activeCalls.add(call);
    }

    void untrack(ChatCall call) {
        activeCalls.remove(call);
    }

    AsyncProducer getChunkProducer() {
        return chunkProducer;
    }
}
