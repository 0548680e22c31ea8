package io.camelchat.chatcompletion;

import java.nio.ByteBuffer;
import java.util.Arrays;
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
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange's call: waits for an in-flight slot, sends, collects the answer on the HTTP client's thread, then hands
 * the mapping and the rest of the route to the endpoint's executor. Every path ends in exactly one
 * {@code callback.done(false)}.
 */
final class ChatCall implements ResponseListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCall.class);

    private final ChatCompletionEndpoint endpoint;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final PreparedRequest request;
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile ResponseHead head;
    private volatile HttpCall httpCall;
    private volatile ScheduledFuture<?> deadline;
    private byte[] body = new byte[1024];
    private int bodyLength;
    private long startNanos;

    ChatCall(ChatCompletionEndpoint endpoint, Exchange exchange, AsyncCallback callback, PreparedRequest request) {
        this.endpoint = endpoint;
        this.exchange = exchange;
        this.callback = callback;
        this.request = request;
    }

    void start() {
        endpoint.getLimiter().acquire(this::send, this::rejected);
    }

    private void send() {
        startNanos = System.nanoTime();
        long timeout = endpoint.getConfiguration().getRequestTimeout();
        if (timeout > 0) {
            deadline = endpoint.getTimer().schedule(this::onDeadline, timeout, TimeUnit.MILLISECONDS);
        }
        try {
            httpCall = endpoint.getTransport().send(endpoint.createHttpRequest(request), this);
        } catch (RuntimeException e) {
            onFailure(e);
        }
    }

    private void rejected(Exception cause) {
        if (finished.compareAndSet(false, true)) {
            exchange.setException(cause);
            callback.done(false);
        }
    }

    @Override
    public void onHead(ResponseHead head) {
        this.head = head;
    }

    @Override
    public void onData(ByteBuffer data) {
        int needed = bodyLength + data.remaining();
        if (needed > body.length) {
            body = Arrays.copyOf(body, Math.max(needed, body.length * 2));
        }
        data.get(body, bodyLength, data.remaining());
        bodyLength = needed;
    }

    @Override
    public void onEnd() {
        finish(() -> {
            ChatResult result = ResponseReader.read(head, body, bodyLength, endpoint.getConfiguration().getEnvelope());
            logCall(head.status(), result);
            ExchangeMapper.apply(result, endpoint.getConfiguration().getOutputFormat(), exchange.getMessage());
        });
    }

    @Override
    public void onFailure(Exception cause) {
        finish(() -> {
            throw Failures.transport(head, cause);
        });
    }

    private void onDeadline() {
        long timeout = endpoint.getConfiguration().getRequestTimeout();
        boolean expired = finish(() -> {
            throw Failures.timeout(head, "requestTimeout", timeout);
        });
        HttpCall call = httpCall;
        if (expired && call != null) {
            call.cancel();
        }
    }

    /** Frees the slot at once, then maps the outcome and continues the route on the endpoint's executor. */
    private boolean finish(Outcome outcome) {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        ScheduledFuture<?> timer = deadline;
        if (timer != null) {
            timer.cancel(false);
        }
        endpoint.getLimiter().release();
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
            endpoint.getExecutor().execute(continuation);
        } catch (RejectedExecutionException stopping) {
            continuation.run();
        }
        return true;
    }

    private void logCall(int status, ChatResult result) {
        if (LOG.isDebugEnabled()) {
            Integer tokens = result.response().usage() == null ? null : result.response().usage().totalTokens();
            LOG.debug("Chat completion model={} status={} latencyMs={} totalTokens={} finishReason={}",
                    request.model(), status, elapsedMillis(), tokens, result.response().finishReason());
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

    @FunctionalInterface
    private interface Outcome {
        void apply() throws Exception;
    }
}
