package io.camelchat.chatcompletion.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.nio.AsyncRequestConsumer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler.ResponseTrigger;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.ListenerEndpoint;

/**
 * A loopback HTTP server on httpcore5's non-blocking server that holds no thread per request: all its threads (one I/O
 * thread, one scheduler for paced or delayed answers) exist before the first request, so a test can count the
 * threads the client starts. It counts requests and the most answers it had open at once.
 */
public abstract class NonBlockingTestServer implements AutoCloseable {

    protected final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peakOpen = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final HttpAsyncServer server;
    private final int port;

    protected NonBlockingTestServer() throws Exception {
        scheduler.submit(() -> null).get();
        server = AsyncServerBootstrap.bootstrap()
                .setCanonicalHostName("127.0.0.1")
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .register("*", new Handler())
                .create();
        server.start();
        ListenerEndpoint endpoint = server.listen(new InetSocketAddress("127.0.0.1", 0), URIScheme.HTTP).get();
        port = ((InetSocketAddress) endpoint.getAddress()).getPort();
    }

    /** Answers one request; the answer counts as open until {@link #answerDone()}. */
    protected abstract void answer(String requestBody, ResponseTrigger trigger, HttpContext context)
            throws HttpException, IOException;

    protected final void answerDone() {
        open.decrementAndGet();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The most answers the server had open at the same time. */
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
        @Override
        public AsyncRequestConsumer<Message<HttpRequest, String>> prepare(
                HttpRequest request, EntityDetails entityDetails, HttpContext context) {
            return new BasicRequestConsumer<>(entityDetails == null ? null : new StringAsyncEntityConsumer());
        }

        @Override
        public void handle(Message<HttpRequest, String> message, ResponseTrigger trigger, HttpContext context)
                throws HttpException, IOException {
            received.incrementAndGet();
            peakOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            answer(message.getBody(), trigger, context);
        }
    }
}
