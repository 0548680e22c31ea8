package io.camelchat.chatcompletion.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.MinimalHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncClientEndpoint;
import org.apache.hc.core5.http.nio.AsyncRequestProducer;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.support.AsyncRequestBuilder;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * {@link ChatTransport} on Apache HttpComponents 5 async I/O. Responses are read on the I/O reactor threads with flow
 * control, so no thread ever waits for a response. Connections come from a {@link Connector} (the component's own
 * {@link SharedClients}, or a user's minimal HttpClient 5 client) and are leased to one call, so that a cancelled or
 * timed-out call closes its connection at once; a user's full HttpClient 5 client is driven through its own
 * {@code execute} instead.
 */
public final class HttpClient5Transport implements ChatTransport {

    /** Leases a connection to a host, for one exchange at a time. */
    @FunctionalInterface
    public interface Connector {
        Future<AsyncClientEndpoint> connect(HttpHost host, FutureCallback<AsyncClientEndpoint> callback);
    }

    /** Bytes the client reads ahead of the listener before it asks for more. */
    private static final int READ_WINDOW = 64 * 1024;

    private final Connector connector;
    private final CloseableHttpAsyncClient client;

    private HttpClient5Transport(Connector connector, CloseableHttpAsyncClient client) {
        this.connector = connector;
        this.client = client;
    }

    /** A transport on leased connections. */
    public static HttpClient5Transport leasing(Connector connector) {
        return new HttpClient5Transport(connector, null);
    }

    /** A transport on a user's HttpClient 5 client, whose own settings and loggers then apply. */
    public static HttpClient5Transport of(CloseableHttpAsyncClient client) {
        return client instanceof MinimalHttpAsyncClient minimal
                ? leasing(minimal::lease) : new HttpClient5Transport(null, client);
    }

    @Override
    public HttpCall send(HttpCallRequest request, ResponseListener listener) {
        AsyncRequestBuilder builder = AsyncRequestBuilder.post(request.uri())
                .setEntity(request.body(), ContentType.APPLICATION_JSON);
        request.headers().forEach(builder::addHeader);
        AsyncRequestProducer producer = builder.build();
        StreamingConsumer consumer = new StreamingConsumer(listener);
        if (connector != null) {
            consumer.future = connector.connect(HttpHost.create(request.uri()), consumer.leaseCallback(producer));
        } else {
            consumer.future = client.execute(producer, consumer, null, null, consumer.terminalCallback());
        }
        return consumer;
    }

    /** Forwards one response to its listener, holding back reads while the listener is suspended. */
    private static final class StreamingConsumer implements AsyncResponseConsumer<Void>, HttpCall {
        private final ResponseListener listener;
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile Future<?> future;
        private volatile AsyncClientEndpoint endpoint;
        private volatile boolean cancelled;
        private volatile boolean reusable;
        private CapacityChannel capacityChannel;
        private boolean suspended;
        private boolean capacityWanted;
        private FutureCallback<Void> resultCallback;

        StreamingConsumer(ResponseListener listener) {
            this.listener = listener;
        }

        /** Runs the exchange on a leased connection, which is reused after a complete answer and closed otherwise. */
        FutureCallback<AsyncClientEndpoint> leaseCallback(AsyncRequestProducer producer) {
            FutureCallback<Void> terminal = terminalCallback();
            return new FutureCallback<>() {
                @Override
                public void completed(AsyncClientEndpoint leased) {
                    endpoint = leased;
                    if (cancelled) {
                        leased.releaseAndDiscard();
                        terminal.cancelled();
                        return;
                    }
                    leased.execute(producer, StreamingConsumer.this, null, new FutureCallback<Void>() {
                        @Override
                        public void completed(Void result) {
                            if (reusable) {
                                leased.releaseAndReuse();
                            } else {
                                leased.releaseAndDiscard();
                            }
                            terminal.completed(result);
                        }

                        @Override
                        public void failed(Exception cause) {
                            leased.releaseAndDiscard();
                            terminal.failed(cause);
                        }

                        @Override
                        public void cancelled() {
                            leased.releaseAndDiscard();
                            terminal.cancelled();
                        }
                    });
                }

                @Override
                public void failed(Exception cause) {
                    terminal.failed(cause);
                }

                @Override
                public void cancelled() {
                    terminal.cancelled();
                }
            };
        }

        FutureCallback<Void> terminalCallback() {
            return new FutureCallback<>() {
                @Override
                public void completed(Void result) {
                    if (finished.compareAndSet(false, true)) {
                        listener.onEnd();
                    }
                }

                @Override
                public void failed(Exception cause) {
                    fail(cause);
                }

                @Override
                public void cancelled() {
                    fail(new CancellationException("HTTP call cancelled"));
                }
            };
        }

        private void fail(Exception cause) {
            if (finished.compareAndSet(false, true)) {
                listener.onFailure(cause);
            }
        }

        @Override
        public void consumeResponse(
                HttpResponse response, EntityDetails entityDetails, HttpContext context,
                FutureCallback<Void> resultCallback) {
            Header connection = response.getFirstHeader("Connection");
            // a connection the server said it closes must not go back to the pool
            reusable = connection == null || !"close".equalsIgnoreCase(connection.getValue());
            listener.onHead(ResponseHead.of(response));
            if (entityDetails == null) {
                resultCallback.completed(null);
            } else {
                this.resultCallback = resultCallback;
            }
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) {
            // 1xx responses carry nothing for us
        }

        @Override
        public synchronized void updateCapacity(CapacityChannel channel) throws IOException {
            this.capacityChannel = channel;
            if (suspended) {
                capacityWanted = true;
            } else {
                channel.update(READ_WINDOW);
            }
        }

        @Override
        public void consume(ByteBuffer src) {
            try {
                if (!finished.get()) {
                    listener.onData(src);
                }
            } catch (RuntimeException | Error unexpected) {
                // a listener must not throw; if one does, the call fails rather than the I/O reactor
                fail(unexpected instanceof Exception e ? e : new IllegalStateException(unexpected));
                cancel();
            }
            src.position(src.limit());
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            resultCallback.completed(null);
        }

        @Override
        public void failed(Exception cause) {
            // reported once through the terminal callback
        }

        @Override
        public synchronized void releaseResources() {
            capacityChannel = null;
        }

        @Override
        public void cancel() {
            cancelled = true;
            AsyncClientEndpoint leased = endpoint;
            if (leased != null) {
                // closes the connection at once, also when the server has gone quiet mid-stream
                leased.releaseAndDiscard();
                fail(new CancellationException("HTTP call cancelled"));
            }
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        @Override
        public synchronized void suspendReading() {
            suspended = true;
        }

        @Override
        public synchronized void resumeReading() {
            suspended = false;
            if (capacityWanted && capacityChannel != null) {
                capacityWanted = false;
                try {
                    capacityChannel.update(READ_WINDOW);
                } catch (IOException e) {
                    fail(e);
                }
            }
        }
    }
}
