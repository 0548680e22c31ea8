package io.camelchat.chatcompletion.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.impl.bootstrap.AsyncServerBootstrap;
import org.apache.hc.core5.http.impl.bootstrap.HttpAsyncServer;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncRequestConsumer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.entity.StringAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicRequestConsumer;
import org.apache.hc.core5.http.nio.support.BasicResponseProducer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.reactor.ListenerEndpoint;

/**
 * A non-blocking HTTP server that answers every request with a {@code text/event-stream} whose events it writes one at
 * a time, a fixed pause apart, holding no thread per stream: all its threads (one I/O thread, one scheduler) exist
 * before the first request, so a test can count the threads the client starts for many streams at once.
 */
public final class PacedSseServer implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger peakOpen = new AtomicInteger();
    private final AtomicInteger received = new AtomicInteger();
    private final HttpAsyncServer server;
    private final int port;

    /**
     * @param events  the events of the answer to a request body (each written and flushed on its own)
     * @param pauseMs the pause before each event
     */
    public PacedSseServer(Function<String, List<String>> events, long pauseMs) throws Exception {
        scheduler.submit(() -> null).get();
        server = AsyncServerBootstrap.bootstrap()
                .setCanonicalHostName("127.0.0.1")
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .register("*", new Handler(events, pauseMs))
                .create();
        server.start();
        ListenerEndpoint endpoint = server.listen(new InetSocketAddress("127.0.0.1", 0), URIScheme.HTTP).get();
        port = ((InetSocketAddress) endpoint.getAddress()).getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The most streams the server was writing at the same time. */
    public int peakConcurrentStreams() {
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
        private final Function<String, List<String>> events;
        private final long pauseMs;

        Handler(Function<String, List<String>> events, long pauseMs) {
            this.events = events;
            this.pauseMs = pauseMs;
        }

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
            PacedEntity entity = new PacedEntity(events.apply(message.getBody()));
            BasicHttpResponse response = new BasicHttpResponse(200);
            response.addHeader("Cache-Control", "no-cache");
            trigger.submitResponse(new BasicResponseProducer(response, entity), context);
            entity.scheduleNext();
        }

        /** Writes the next event when the scheduler releases it; ends the stream after the last. */
        private final class PacedEntity implements AsyncEntityProducer {
            private final ArrayDeque<String> waiting;
            private ByteBuffer pending = ByteBuffer.allocate(0);
            private DataStreamChannel channel;
            private boolean ended;

            PacedEntity(List<String> events) {
                this.waiting = new ArrayDeque<>(events);
            }

            void scheduleNext() {
                scheduler.schedule(this::release, pauseMs, TimeUnit.MILLISECONDS);
            }

            private void release() {
                DataStreamChannel ready;
                synchronized (this) {
                    String next = waiting.poll();
                    if (next == null) {
                        return;
                    }
                    byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
                    ByteBuffer joined = ByteBuffer.allocate(pending.remaining() + bytes.length);
                    joined.put(pending).put(bytes).flip();
                    pending = joined;
                    ready = channel;
                }
                if (ready != null) {
                    ready.requestOutput();
                }
                synchronized (this) {
                    if (!waiting.isEmpty()) {
                        scheduleNext();
                    }
                }
            }

            @Override
            public synchronized void produce(DataStreamChannel channel) throws IOException {
                this.channel = channel;
                while (pending.hasRemaining()) {
                    if (channel.write(pending) == 0) {
                        channel.requestOutput();
                        return;
                    }
                }
                if (waiting.isEmpty() && !ended) {
                    ended = true;
                    open.decrementAndGet();
                    channel.endStream();
                }
            }

            @Override
            public synchronized int available() {
                return pending.hasRemaining() || (waiting.isEmpty() && !ended) ? Math.max(1, pending.remaining()) : 0;
            }

            @Override
            public boolean isRepeatable() {
                return false;
            }

            @Override
            public String getContentType() {
                return "text/event-stream";
            }

            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public String getContentEncoding() {
                return null;
            }

            @Override
            public boolean isChunked() {
                return true;
            }

            @Override
            public Set<String> getTrailerNames() {
                return null;
            }

            @Override
            public void failed(Exception cause) {
                // the client went away
            }

            @Override
            public void releaseResources() {
                // nothing held
            }
        }
    }
}
