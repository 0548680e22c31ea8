package io.camelchat.chatcompletion;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

import io.camelchat.chatcompletion.budget.RateBudget;
import io.camelchat.chatcompletion.call.CallEnvironment;
import io.camelchat.chatcompletion.call.ChatCall;
import io.camelchat.chatcompletion.structured.StructuredEndpoint;
import io.camelchat.chatcompletion.call.Handoff;
import io.camelchat.chatcompletion.call.RetryPolicy;
import io.camelchat.chatcompletion.http.HttpCallRequest;
import io.camelchat.chatcompletion.http.HttpClient5Transport;
import io.camelchat.chatcompletion.http.InFlightLimiter;
import io.camelchat.chatcompletion.http.SharedClients;
import io.camelchat.chatcompletion.observe.CallObserver;
import io.camelchat.chatcompletion.observe.ObservedEndpoint;
import io.camelchat.chatcompletion.observe.Observers;
import io.camelchat.chatcompletion.observe.ProviderNames;
import io.camelchat.chatcompletion.request.ChatUris;
import io.camelchat.chatcompletion.request.PreparedRequest;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.processor.SendProcessor;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
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
    private Map<String, String> jsonHeaders;
    private Map<String, String> streamHeaders;
    private InFlightLimiter limiter;
    private SendProcessor chunkSender;
    private CallEnvironment calls;
    private final Set<ChatCall> activeCalls = ConcurrentHashMap.newKeySet();
    private CallObserver observer = CallObserver.NOOP;
    private volatile StructuredEndpoint structuredOutput;

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

    /** The base URL, with any user-info (credentials) in it masked. */
    @Override
    public String getServiceUrl() {
        return ChatUris.maskUserInfo(configuration.getBaseUrl());
    }

    /** Camel masks secret options; this also masks credentials in the base URL's user-info. */
    @Override
    public String toString() {
        return ChatUris.maskUserInfo(super.toString());
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
        jsonHeaders = requestHeaders("application/json");
        streamHeaders = requestHeaders("text/event-stream");
        warnIfPlainHttpLeavesTheHost();
        ChatCompletionComponent component = getComponent();
        CloseableHttpAsyncClient client = configuration.getHttpClient();
        HttpClient5Transport transport = client != null ? HttpClient5Transport.of(client)
                : HttpClient5Transport.leasing(component.getSharedClients().connector(new SharedClients.Settings(
                        configuration.getConnectTimeout(), configuration.getSocketTimeout(),
                        configuration.getSslContextParameters())));
        limiter = new InFlightLimiter(configuration.getMaxConcurrentRequests(), () -> LOG.info(
                "chatcompletion endpoint {} has maxConcurrentRequests={} calls in flight: further calls wait for a slot "
                + "(header CamelChatCompletionSlotWait, meter chatcompletion.client.calls.waiting). Raise "
                + "maxConcurrentRequests if the server can take more.", this, configuration.getMaxConcurrentRequests()));
        AsyncProcessor chunkTarget = null;
        if (configuration.getStreamingMode() == StreamingMode.forward) {
            chunkSender = new SendProcessor(getCamelContext().getEndpoint(configuration.getChunkUri()));
            ServiceHelper.startService(chunkSender);
            chunkTarget = chunkSender;
        }
        if (configuration.hasStructuredOutput() || configuration.getResponseFormat() == ResponseFormat.json_schema) {
            // derive or load the schema now: a wrong class or schema fails the start, not the first exchange
            structuredOutput();
        }
        RateBudget budget = null;
        if (configuration.getRequestsPerMinute() > 0 || configuration.getTokensPerMinute() > 0) {
            String group = configuration.getRateLimitGroup() != null
                    ? configuration.getRateLimitGroup() : "endpoint@" + System.identityHashCode(this);
            budget = component.getBudget(group, configuration.getRequestsPerMinute(),
                    configuration.getTokensPerMinute());
        }
        calls = new CallEnvironment(configuration, transport, this::createHttpRequest, limiter, budget,
                component.getTimer(),
                configuration.getExecutorService() != null
                        ? configuration.getExecutorService() : component.getDefaultExecutor(),
                component.getStreamExecutor(), new Handoff(component::getFallbackExecutor),
                new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                        configuration.getRetryMaxDelay(), configuration.getMaxRetryAfter()),
                chunkTarget, activeCalls, createObserver());
    }

    private CallObserver createObserver() {
        InFlightLimiter endpointLimiter = limiter;
        int port = chatUri.getPort() > 0 ? chatUri.getPort() : "https".equalsIgnoreCase(chatUri.getScheme()) ? 443 : 80;
        String provider = configuration.getProviderName() != null && !configuration.getProviderName().isBlank()
                ? configuration.getProviderName() : ProviderNames.derive(chatUri.getHost());
        observer = Observers.create(getCamelContext(), configuration, new ObservedEndpoint(provider,
                chatUri.getHost(), port, configuration.getModel(), endpointLimiter::inFlight,
                endpointLimiter::waiting));
        return observer;
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
            // first, so that no waiting call gets the slot of a call being stopped
            limiter.close(new RejectedExecutionException("Endpoint " + getEndpointUri() + " is stopping"));
        }
        activeCalls.forEach(ChatCall::shutdown);
        ServiceHelper.stopService(chunkSender);
        chunkSender = null;
        observer.close();
        observer = CallObserver.NOOP;
        super.doStop();
    }

    private HttpCallRequest createHttpRequest(PreparedRequest request) {
        return new HttpCallRequest(chatUri, request.stream() ? streamHeaders : jsonHeaders, request.body());
    }

    /** The request headers, the same for every call of the endpoint: built once when it starts. */
    private Map<String, String> requestHeaders(String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        if (configuration.getApiKey() != null && !configuration.getApiKey().isBlank()) {
            headers.put("Authorization", "Bearer " + configuration.getApiKey());
        }
        configuration.getExtraHeader().forEach((name, value) -> headers.put(name, String.valueOf(value)));
        return Collections.unmodifiableMap(headers);
    }

    /** Structured output of this endpoint, created on first use (only endpoints or exchanges with a schema use it). */
    StructuredEndpoint structuredOutput() {
        StructuredEndpoint current = structuredOutput;
        if (current == null) {
            synchronized (this) {
                current = structuredOutput;
                if (current == null) {
                    current = new StructuredEndpoint(configuration, getCamelContext());
                    structuredOutput = current;
                }
            }
        }
        return current;
    }

    /** What the calls of this endpoint share; set while the endpoint is started. */
    CallEnvironment getCallEnvironment() {
        return calls;
    }

}
