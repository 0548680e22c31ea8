package io.camelchat.chatcompletion;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelchat.chatcompletion.http.HttpCall;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.http.ResponseListener;
import io.camelchat.chatcompletion.internal.Failures;
import io.camelchat.chatcompletion.internal.PreparedRequest;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamDecoder;
import io.camelchat.chatcompletion.stream.StreamListener;
import io.camelchat.chatcompletion.stream.StreamWatchdog;

/**
 * One HTTP request of a call: sends it, enforces its timeouts, and reads the answer on the HTTP client's thread,
 * buffered or decoded as a stream. It reports its outcome to its {@link ChatCall} exactly once, after freeing its
 * in-flight slot and timers.
 */
final class ChatAttempt implements ResponseListener {

    private final ChatCall call;
    private final ChatCompletionEndpoint endpoint;
    private final ChatCompletionConfiguration config;
    private final PreparedRequest request;
    private final int number;
    private final AtomicBoolean released = new AtomicBoolean();
    private final Object streamLock = new Object();
    private volatile ResponseHead head;
    private volatile HttpCall httpCall;
    private volatile ScheduledFuture<?> deadline;
    private volatile StreamWatchdog watchdog;
    private StreamDecoder decoder;
    private int chunksDelivered;
    private byte[] body = new byte[1024];
    private int bodyLength;

    ChatAttempt(ChatCall call, ChatCompletionEndpoint endpoint, PreparedRequest request, int number) {
        this.call = call;
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.request = request;
        this.number = number;
    }

    int number() {
        return number;
    }

    void send() {
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

    @Override
    public void onHead(ResponseHead head) {
        this.head = head;
        call.onHead(head);
        if (head.isSuccess() && head.isEventStream()) {
            StreamListener sink = call.streamSink(head.status());
            synchronized (streamLock) {
                decoder = new StreamDecoder(head, config.getEnvelope(), new AttemptListener(sink), this::onDataEvent);
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
        onDataEvent();
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
        if (release()) {
            call.onBufferedAnswer(this, head, body, bodyLength);
        }
    }

    @Override
    public void onFailure(Exception cause) {
        fail(Failures.transport(head, cause));
    }

    /** A timeout, the route giving up or a shutdown: fail the attempt and close its connection. */
    void abort(ChatCompletionException failure) {
        fail(failure);
        HttpCall current = httpCall;
        if (current != null) {
            current.cancel();
        }
    }

    private void fail(ChatCompletionException failure) {
        synchronized (streamLock) {
            if (decoder != null) {
                decoder.fail(failure);
                return;
            }
        }
        if (release()) {
            call.attemptFailed(this, failure, false);
        }
    }

    void suspendReading() {
        HttpCall current = httpCall;
        if (current != null) {
            current.suspendReading();
        }
    }

    void resumeReading() {
        HttpCall current = httpCall;
        if (current != null) {
            current.resumeReading();
        }
    }

    private void onDataEvent() {
        StreamWatchdog current = watchdog;
        if (current != null) {
            current.onDataEvent();
        }
    }

    /** Frees the in-flight slot and stops the timers; true only the first time. */
    private boolean release() {
        if (!released.compareAndSet(false, true)) {
            return false;
        }
        ScheduledFuture<?> timer = deadline;
        if (timer != null) {
            timer.cancel(false);
        }
        StreamWatchdog current = watchdog;
        if (current != null) {
            current.stop();
        }
        endpoint.getLimiter().release();
        return true;
    }

    /** Passes decoded chunks to the call's sink and reports how the stream ended. */
    private final class AttemptListener implements StreamListener {
        private final StreamListener sink;

        AttemptListener(StreamListener sink) {
            this.sink = sink;
        }

        @Override
        public void onChunk(StreamChunk chunk) {
            chunksDelivered++;
            sink.onChunk(chunk);
        }

        @Override
        public void onComplete(ChatCompletionResponse result) {
            release();
            call.streamSucceeded(result);
        }

        @Override
        public void onError(ChatCompletionException error) {
            release();
            boolean reachedRoute = config.getStreamingMode() != StreamingMode.aggregate && chunksDelivered > 0;
            call.attemptFailed(ChatAttempt.this, error, reachedRoute);
        }
    }
}
