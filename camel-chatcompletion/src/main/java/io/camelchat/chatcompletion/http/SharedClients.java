package io.camelchat.chatcompletion.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.bootstrap.AsyncRequesterBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncRequester;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.http.protocol.HttpProcessorBuilder;
import org.apache.hc.core5.http.protocol.RequestConnControl;
import org.apache.hc.core5.http.protocol.RequestContent;
import org.apache.hc.core5.http.protocol.RequestTargetHost;
import org.apache.hc.core5.http.protocol.RequestUserAgent;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP connections a component owns: one connection pool and I/O reactor per distinct set of connection
 * settings, shared by every endpoint that uses those settings (so a dynamic URI per tenant or per temperature does not
 * start a client, threads and a pool per endpoint), and closed only when the component stops.
 * <p>
 * They are built on HttpCore 5's requester rather than HttpClient 5's clients: HttpClient 5 logs request headers
 * (the Authorization header with the API key among them) on its {@code org.apache.hc.client5.http.headers} and
 * {@code wire} loggers at DEBUG, and HttpCore 5 logs nothing. TLS still uses HttpClient 5's strategy, which verifies
 * host names.
 */
public final class SharedClients {

    /** Where the I/O threads of the component's connections are named from (HttpCore 5's requester). */
    public static final String IO_THREAD_PREFIX = "requester-dispatch";

    /**
     * What makes two endpoints need different connections. TLS settings are compared by identity: the same
     * SSLContextParameters bean gives the same pool.
     */
    public record Settings(long connectTimeoutMs, long socketTimeoutMs, SSLContextParameters tls) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Settings that && connectTimeoutMs == that.connectTimeoutMs
                   && socketTimeoutMs == that.socketTimeoutMs && tls == that.tls;
        }

        @Override
        public int hashCode() {
            return Objects.hash(connectTimeoutMs, socketTimeoutMs, System.identityHashCode(tls));
        }
    }

    /** Offered in TLS (ALPN): the connections speak HTTP/1.1, so a server must not pick HTTP/2. */
    private static final TlsConfig HTTP_1_ONLY = TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build();

    private final Map<Settings, HttpAsyncRequester> requesters = new ConcurrentHashMap<>();
    private final Function<SSLContextParameters, SSLContext> sslContexts;
    private boolean closed;

    /**
     * @param sslContexts builds the SSLContext of TLS settings (needs the CamelContext)
     */
    public SharedClients(Function<SSLContextParameters, SSLContext> sslContexts) {
        this.sslContexts = sslContexts;
    }

    /** Leases connections with these settings from their shared pool, created and started on first use. */
    public synchronized HttpClient5Transport.Connector connector(Settings settings) {
        if (closed) {
            throw new IllegalStateException("the chatcompletion component is stopped");
        }
        HttpAsyncRequester requester = requesters.computeIfAbsent(settings, this::start);
        Timeout connectTimeout = Timeout.ofMilliseconds(settings.connectTimeoutMs());
        return (host, callback) -> requester.connect(host, connectTimeout, HTTP_1_ONLY, callback);
    }

    /**
     * A requester whose pool does not cap connections (each endpoint caps its own calls in flight), with no
     * automatic retries or redirects, and a socket timeout that closes silent connections.
     */
    private HttpAsyncRequester start(Settings settings) {
        int ioThreads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        SSLContext sslContext = settings.tls() == null ? SSLContexts.createSystemDefault()
                : sslContexts.apply(settings.tls());
        HttpAsyncRequester requester = AsyncRequesterBootstrap.bootstrap()
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(ioThreads)
                        .setSoKeepAlive(true)
                        .setSoTimeout(settings.socketTimeoutMs() > 0
                                ? Timeout.ofMilliseconds(settings.socketTimeoutMs()) : Timeout.INFINITE)
                        .build())
                .setHttp1Config(Http1Config.DEFAULT)
                // HttpCore's default client processor adds "Expect: 100-continue", a round trip some proxies stall on
                .setHttpProcessor(HttpProcessorBuilder.create()
                        .addAll(RequestTargetHost.INSTANCE, RequestContent.INSTANCE, RequestConnControl.INSTANCE,
                                new RequestUserAgent("camel-chatcompletion"))
                        .build())
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
                .setMaxTotal(Integer.MAX_VALUE)
                .setDefaultMaxPerRoute(Integer.MAX_VALUE)
                .setTimeToLive(Timeout.ofMinutes(5))
                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(sslContext)
                        .setHostVerificationPolicy(HostnameVerificationPolicy.BOTH)
                        .setHostnameVerifier(new DefaultHostnameVerifier())
                        .buildAsync())
                .create();
        requester.start();
        return requester;
    }

    /** Allows connections again, for a component that is started (again). */
    public synchronized void open() {
        closed = false;
    }

    /** Closes every pool and reactor (calls still running on them fail) and refuses new ones until {@link #open()}. */
    public synchronized void close() {
        closed = true;
        List<HttpAsyncRequester> all = new ArrayList<>(requesters.values());
        requesters.clear();
        all.forEach(requester -> requester.close(CloseMode.GRACEFUL));
    }
}
