package io.camelchat.chatcompletion.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.nio.AsyncRequestConsumer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.nio.support.BasicResponseProducer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.ListenerEndpoint;

/**
 * An HTTP server that answers every request with the same JSON after a fixed delay, holding no thread while it waits:
 * all its threads exist before the first request, so a test can count the threads the client starts.
 */
public final class DelayedJsonServer implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peakOpen = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final HttpAsyncServer server;
    private final int port;

    public DelayedJsonServer(String json, long delayMs) throws Exception {
        scheduler.submit(() -> null).get();
        server = AsyncServerBootstrap.bootstrap()
                .setCanonicalHostName("127.0.0.1")
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .register("*", new Handler(json, delayMs))
                .create();
        server.start();
        ListenerEndpoint endpoint = server.listen(new InetSocketAddress("127.0.0.1", 0), URIScheme.HTTP).get();
        port = ((InetSocketAddress) endpoint.getAddress()).getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The most requests the server held at the same time. */
    public int peakConcurrentRequests() {
        return peakOpen.get();
    }

    public int requestCount() {
        return received.get();
    }

    @Override
    public void close() {
        server.close(CloseMode.IMMEDIATE);
        scheduler.shutdownNow();
    }

    private final class Handler implements AsyncServerRequestHandler<Message<HttpRequest, String>> {
        private final String json;
        private final long delayMs;

        Handler(String json, long delayMs) {
            this.json = json;
            this.delayMs = delayMs;
        }

        @Override
        public AsyncRequestConsumer<Message<HttpRequest, String>> prepare(
                HttpRequest request, EntityDetails entityDetails, HttpContext context) {
            return new BasicRequestConsumer<>(entityDetails == null ? null : new StringAsyncEntityConsumer());
        }

        @Override
        public void handle(Message<HttpRequest, String> message, ResponseTrigger trigger, HttpContext context) {
            received.incrementAndGet();
            peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            scheduler.schedule(() -> {
                open.decrementAndGet();
                try {
                    trigger.submitResponse(new BasicResponseProducer(200, json, ContentType.APPLICATION_JSON), context);
                } catch (HttpException | IOException e) {
                    throw new IllegalStateException(e);
                }
            }, delayMs, TimeUnit.MILLISECONDS);
        }
    }
}
