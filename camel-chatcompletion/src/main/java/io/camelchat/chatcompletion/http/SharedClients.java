package io.camelchat.chatcompletion.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The HTTP clients a component owns: one per distinct set of connection settings, shared by every endpoint that uses
 * those settings (so a dynamic URI per tenant or per temperature does not start a client, threads and a pool per
 * endpoint), and closed only when the component stops.
 */
public final class SharedClients {

    /**
     * What makes two endpoints need different clients. TLS settings are compared by identity: the same
     * SSLContextParameters bean gives the same client.
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

    private final Map<Settings, CloseableHttpAsyncClient> clients = new ConcurrentHashMap<>();
    private final Function<SSLContextParameters, SSLContext> sslContexts;
    private boolean closed;

    /**
     * @param sslContexts builds the SSLContext of TLS settings (needs the CamelContext)
     */
    public SharedClients(Function<SSLContextParameters, SSLContext> sslContexts) {
        this.sslContexts = sslContexts;
    }

    /** The started client for these settings, created on first use. */
    public synchronized CloseableHttpAsyncClient client(Settings settings) {
        if (closed) {
            throw new IllegalStateException("the chatcompletion component is stopped");
        }
        return clients.computeIfAbsent(settings, s -> HttpClient5Transport.createDefaultClient(s.connectTimeoutMs(),
                s.socketTimeoutMs(), s.tls() == null ? null : sslContexts.apply(s.tls())));
    }

    public int size() {
        return clients.size();
    }

    /** Allows clients again, for a component that is started (again). */
    public synchronized void open() {
        closed = false;
    }

    /** Closes every client (calls still running on them fail) and refuses new ones until {@link #open()}. */
    public synchronized void close() {
        closed = true;
        List<CloseableHttpAsyncClient> all = new ArrayList<>(clients.values());
        clients.clear();
        all.forEach(client -> client.close(CloseMode.GRACEFUL));
    }
}
