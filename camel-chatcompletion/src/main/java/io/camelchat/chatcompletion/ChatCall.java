package io.camelchat.chatcompletion;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelchat.chatcompletion.http.HttpCall;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.http.ResponseListener;
import io.camelchat.chatcompletion.internal.ChatResult;
import io.camelchat.chatcompletion.internal.ExchangeMapper;
import io.camelchat.chatcompletion.internal.Failures;
import io.camelchat.chatcompletion.internal.PreparedRequest;
import io.camelchat.chatcompletion.internal.ResponseReader;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamControl;
import io.camelchat.chatcompletion.stream.StreamDecoder;
import io.camelchat.chatcompletion.stream.StreamListener;
import io.camelchat.chatcompletion.stream.StreamWatchdog;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange's call: waits for an in-flight slot, sends, reads the answer on the HTTP client's thread (buffered, or
 * decoded as a stream), and continues the route on the endpoint's executor. The exchange completes exactly once; the
 * slot, timers and connection are released exactly once, when the HTTP exchange is over (for chunks mode that is after
 * the exchange itself has moved on).
 */
final class ChatCall implements ResponseListener, StreamControl {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCall.class);

    private final ChatCompletionEndpoint endpoint;
    private final ChatCompletionConfiguration config;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final PreparedRequest request;
    private final AtomicBoolean exchangeDone = new AtomicBoolean();
    private final AtomicBoolean released = new AtomicBoolean();
    private final Object streamLock = new Object();
    private volatile ResponseHead head;
    private volatile HttpCall httpCall;
    private volatile ScheduledFuture<?> deadline;
    private volatile StreamWatchdog watchdog;
    private StreamDecoder decoder;
    private byte[] body = new byte[1024];
    private int bodyLength;
    private long startNanos;

    ChatCall(ChatCompletionEndpoint endpoint, Exchange exchange, AsyncCallback callback, PreparedRequest request) {
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.exchange = exchange;
        this.callback = callback;
        this.request = request;
    }

    void start() {
        endpoint.getLimiter().acquire(this::send, this::rejected);
    }

    private void send() {
        startNanos = System.nanoTime();
        if (config.getRequestTimeout() > 0) {
            deadline = endpoint.getTimer().schedule(
                    () -> abort(Failures.timeout(head, "requestTimeout", config.getRequestTimeout())),
                    config.getRequestTimeout(), TimeUnit.MILLISECONDS);
        }
        if (request.stream() && (config.getFirstTokenTimeout() > 0 || config.getIdleTimeout() > 0)) {
            watchdog = new StreamWatchdog(endpoint.getTimer(), config.getFirstTokenTimeout(), config.getIdleTimeout(),
                    (option, millis) -> abort(Failures.timeout(head, option, millis)));
            watchdog.start();
        }
        try {
            httpCall = endpoint.getTransport().send(endpoint.createHttpRequest(request), this);
        } catch (RuntimeException e) {
            onFailure(e);
        }
    }

    private void rejected(Exception cause) {
        completeExchange(() -> {
            throw cause;
        }, endpoint.getExecutor());
    }

    @Override
    public void onHead(ResponseHead head) {
        this.head = head;
        if (head.isSuccess() && head.isEventStream()) {
            StreamListener sink = StreamSinks.open(this, exchange, endpoint, head.status());
            synchronized (streamLock) {
                decoder = new StreamDecoder(head, config.getEnvelope(), new ReleasingListener(sink),
                        this::onDataEvent);
            }
        }
    }

    @Override
    public void onData(ByteBuffer data) {
        synchronized (streamLock) {
            if (decoder != null) {
                decoder.feed(data);
                return;
            }
        }
        if (watchdog != null) {
            watchdog.onDataEvent();
        }
        int needed = bodyLength + data.remaining();
        if (needed > body.length) {
            body = Arrays.copyOf(body, Math.max(needed, body.length * 2));
        }
        data.get(body, bodyLength, data.remaining());
        bodyLength = needed;
    }

    @Override
    public void onEnd() {
        synchronized (streamLock) {
            if (decoder != null) {
                decoder.end();
                return;
            }
        }
        release();
        if (request.stream() && head.isSuccess() && config.getStreamingMode() != StreamingMode.aggregate) {
            replayAsStream();
        } else {
            completeExchange(this::mapBufferedAnswer, endpoint.getExecutor());
        }
    }

    @Override
    public void onFailure(Exception cause) {
        ChatCompletionException failure = Failures.transport(head, cause);
        synchronized (streamLock) {
            if (decoder != null) {
                decoder.fail(failure);
                return;
            }
        }
        release();
        completeExchange(() -> {
            throw failure;
        }, endpoint.getExecutor());
    }

    /** A timeout or the route gave up: fail whatever is still open and close the connection. */
    private void abort(ChatCompletionException failure) {
        boolean streaming;
        synchronized (streamLock) {
            streaming = decoder != null;
            if (streaming) {
                decoder.fail(failure);
            }
        }
        if (!streaming) {
            release();
            completeExchange(() -> {
                throw failure;
            }, endpoint.getExecutor());
        }
        HttpCall call = httpCall;
        if (call != null) {
            call.cancel();
        }
    }

    private void mapBufferedAnswer() throws ChatCompletionException {
        ChatResult result = ResponseReader.read(head, body, bodyLength, config.getEnvelope());
        logCall(result.response());
        ExchangeMapper.apply(result, config.getOutputFormat(), exchange.getMessage());
    }

    /** A JSON answer to a streaming request: the route still gets the chunk form its streaming mode promises. */
    private void replayAsStream() {
        ChatCompletionResponse response;
        try {
            response = ResponseReader.read(head, body, bodyLength, config.getEnvelope()).response();
        } catch (ChatCompletionException e) {
            completeExchange(() -> {
                throw e;
            }, endpoint.getExecutor());
            return;
        }
        logCall(response);
        StreamListener sink = StreamSinks.open(this, exchange, endpoint, head.status());
        if (response.content() != null && !response.content().isEmpty()) {
            sink.onChunk(new StreamChunk(0, response.content(), response.id(), response.model(),
                    response.finishReason()));
        }
        sink.onComplete(response);
    }

    private void onDataEvent() {
        if (watchdog != null) {
            watchdog.onDataEvent();
        }
    }

    /** Frees the in-flight slot and stops the timers, once. */
    private void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> timer = deadline;
        if (timer != null) {
            timer.cancel(false);
        }
        if (watchdog != null) {
            watchdog.stop();
        }
        endpoint.getLimiter().release();
    }

    /** Runs the outcome and the rest of the route on the given executor, once. */
    void completeExchange(Outcome outcome, Executor executor) {
        if (!exchangeDone.compareAndSet(false, true)) {
            return;
        }
        Runnable continuation = () -> {
            try {
                outcome.apply();
            } catch (Exception e) {
                logFailure(e);
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        };
        try {
            executor.execute(continuation);
        } catch (RejectedExecutionException stopping) {
            continuation.run();
        }
    }

    void logCall(ChatCompletionResponse response) {
        if (LOG.isDebugEnabled()) {
            Integer tokens = response.usage() == null ? null : response.usage().totalTokens();
            LOG.debug("Chat completion model={} status={} latencyMs={} totalTokens={} finishReason={}",
                    request.model(), head.status(), elapsedMillis(), tokens, response.finishReason());
        }
    }

    private void logFailure(Exception e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Chat completion model={} failed after {} ms: {}", request.model(), elapsedMillis(),
                    e.getMessage());
        }
    }

    private long elapsedMillis() {
        return startNanos == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void suspendReading() {
        HttpCall call = httpCall;
        if (call != null) {
            call.suspendReading();
        }
    }

    @Override
    public void resumeReading() {
        HttpCall call = httpCall;
        if (call != null) {
            call.resumeReading();
        }
    }

    @Override
    public void abandon() {
        abort(Failures.protocol(head, "the route stopped consuming the stream before it ended", null, null));
    }

    @FunctionalInterface
    interface Outcome {
        void apply() throws Exception;
    }

    /** Releases the call when the stream is over, then passes the event on. */
    private final class ReleasingListener implements StreamListener {
        private final StreamListener sink;

        ReleasingListener(StreamListener sink) {
            this.sink = sink;
        }

        @Override
        public void onChunk(StreamChunk chunk) {
            sink.onChunk(chunk);
        }

        @Override
        public void onComplete(ChatCompletionResponse result) {
            release();
            logCall(result);
            sink.onComplete(result);
        }

        @Override
        public void onError(ChatCompletionException error) {
            release();
            logFailure(error);
            sink.onError(error);
        }
    }
}
