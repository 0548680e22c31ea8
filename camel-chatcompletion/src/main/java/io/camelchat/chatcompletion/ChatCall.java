package io.camelchat.chatcompletion;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.internal.ChatResult;
import io.camelchat.chatcompletion.internal.ExchangeMapper;
import io.camelchat.chatcompletion.internal.Failures;
import io.camelchat.chatcompletion.internal.PreparedRequest;
import io.camelchat.chatcompletion.internal.RateLimitHeaders;
import io.camelchat.chatcompletion.internal.ResponseReader;
import io.camelchat.chatcompletion.internal.RetryPolicy;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamControl;
import io.camelchat.chatcompletion.stream.StreamListener;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange's call, over one or more {@link ChatAttempt}s: retries retryable failures on a timer (no thread and no
 * in-flight slot is held while it waits) as long as no streamed chunk has reached the route, hands streams to the sink
 * of the endpoint's streaming mode, and completes the exchange exactly once, on the endpoint's executor.
 */
final class ChatCall implements StreamControl {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCall.class);

    private final ChatCompletionEndpoint endpoint;
    private final ChatCompletionConfiguration config;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private final PreparedRequest request;
    private final AtomicBoolean exchangeDone = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final long startNanos = System.nanoTime();
    private volatile ChatAttempt current;
    private volatile ResponseHead lastHead;
    private volatile ScheduledFuture<?> pendingRetry;
    private volatile boolean stopping;
    private volatile int attempts;
    private StreamListener sink;

    ChatCall(ChatCompletionEndpoint endpoint, Exchange exchange, AsyncCallback callback, PreparedRequest request) {
        this.endpoint = endpoint;
        this.config = endpoint.getConfiguration();
        this.exchange = exchange;
        this.callback = callback;
        this.request = request;
    }

    void start() {
        endpoint.track(this);
        nextAttempt();
    }

    private void nextAttempt() {
        pendingRetry = null;
        if (stopping) {
            finalFailure(stoppedFailure());
            return;
        }
        ChatAttempt attempt = new ChatAttempt(this, endpoint, request, ++attempts);
        current = attempt;
        endpoint.getLimiter().acquire(attempt::send, this::finalFailure);
    }

    void onHead(ResponseHead head) {
        lastHead = head;
    }

    /** The sink of the streaming mode, created by the first attempt that gets a stream and kept across retries. */
    synchronized StreamListener streamSink(int httpStatus) {
        if (sink == null) {
            sink = StreamSinks.open(this, exchange, endpoint, httpStatus);
        }
        return sink;
    }

    /** A complete non-streamed answer arrived (on an I/O thread). */
    void onBufferedAnswer(ChatAttempt attempt, ResponseHead head, byte[] body, int length) {
        if (request.stream() && head.isSuccess() && config.getStreamingMode() != StreamingMode.aggregate) {
            replayAsStream(attempt, head, body, length);
            return;
        }
        execute(endpoint.getExecutor(), () -> {
            ChatResult result;
            try {
                result = ResponseReader.read(head, body, length, config.getEnvelope());
            } catch (ChatCompletionException e) {
                attemptFailed(attempt, e, false);
                return;
            }
            logSuccess(result.response(), head.status());
            finish();
            // already on the executor: continue the route on this thread instead of queueing it again
            completeExchange(() -> ExchangeMapper.apply(result, config.getOutputFormat(), exchange.getMessage()),
                    Runnable::run);
        });
    }

    /** A JSON answer to a streaming request: the route still gets the chunk form its streaming mode promises. */
    private void replayAsStream(ChatAttempt attempt, ResponseHead head, byte[] body, int length) {
        ChatCompletionResponse response;
        try {
            response = ResponseReader.read(head, body, length, config.getEnvelope()).response();
        } catch (ChatCompletionException e) {
            attemptFailed(attempt, e, false);
            return;
        }
        StreamListener target = streamSink(head.status());
        if (response.content() != null && !response.content().isEmpty()) {
            target.onChunk(new StreamChunk(0, response.content(), response.id(), response.model(),
                    response.finishReason()));
        }
        streamSucceeded(response);
    }

    void streamSucceeded(ChatCompletionResponse result) {
        logSuccess(result, lastHead == null ? 0 : lastHead.status());
        finish();
        sink.onComplete(result);
    }

    /** An attempt failed: retry it when the failure and the policy allow, otherwise fail the call. */
    void attemptFailed(ChatAttempt attempt, ChatCompletionException failure, boolean reachedRoute) {
        ChatCompletionException outcome = failure;
        if (!reachedRoute && !stopping) {
            RetryPolicy.Decision decision = endpoint.getRetryPolicy().decide(failure, attempt.number());
            if (decision.retry()) {
                LOG.debug("Chat completion model={} attempt {} failed ({}), retrying in {} ms", request.model(),
                        attempt.number(), failure.getMessage(), decision.delayMs());
                pendingRetry = endpoint.getTimer().schedule(this::nextAttempt, decision.delayMs(), TimeUnit.MILLISECONDS);
                if (stopping) {
                    cancelPendingRetry();
                }
                return;
            }
            outcome = decision.failure();
        }
        finalFailure(outcome);
    }

    private void finalFailure(Exception cause) {
        ChatCompletionException failure = cause instanceof ChatCompletionException known
                ? known : Failures.transport(lastHead, cause);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Chat completion model={} failed after {} attempt(s) in {} ms: {}", request.model(), attempts,
                    elapsedMillis(), failure.getMessage());
        }
        finish();
        StreamListener target;
        synchronized (this) {
            target = sink;
        }
        if (target != null) {
            target.onError(failure);
        } else {
            completeExchange(() -> {
                throw failure;
            }, endpoint.getExecutor());
        }
    }

    /** The endpoint is stopping: no more retries, and the attempt in flight is closed. */
    void shutdown() {
        stopping = true;
        if (!cancelPendingRetry()) {
            ChatAttempt attempt = current;
            if (attempt != null) {
                attempt.abort(stoppedFailure());
            }
        }
    }

    private boolean cancelPendingRetry() {
        ScheduledFuture<?> retry = pendingRetry;
        if (retry != null && retry.cancel(false)) {
            finalFailure(stoppedFailure());
            return true;
        }
        return false;
    }

    private ChatCompletionException stoppedFailure() {
        return Failures.transport(lastHead, new RejectedExecutionException("the chatcompletion endpoint is stopping"));
    }

    /** Runs the outcome and the rest of the route on the given executor, once. */
    void completeExchange(Outcome outcome, Executor executor) {
        if (!exchangeDone.compareAndSet(false, true)) {
            return;
        }
        Runnable continuation = () -> {
            try {
                exchange.getMessage().setHeader(ChatCompletionConstants.ATTEMPTS, attempts);
                RateLimitHeaders.apply(lastHead, exchange.getMessage());
                outcome.apply();
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        };
        execute(executor, continuation);
    }

    /** Runs the task on the executor, or here when the executor has been shut down, so no exchange is left hanging. */
    private static void execute(Executor executor, Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException stopped) {
            task.run();
        }
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            endpoint.untrack(this);
        }
    }

    private void logSuccess(ChatCompletionResponse response, int status) {
        if (LOG.isDebugEnabled()) {
            Integer tokens = response.usage() == null ? null : response.usage().totalTokens();
            LOG.debug("Chat completion model={} status={} attempts={} latencyMs={} totalTokens={} finishReason={}",
                    request.model(), status, attempts, elapsedMillis(), tokens, response.finishReason());
        }
    }

    private long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Override
    public void suspendReading() {
        ChatAttempt attempt = current;
        if (attempt != null) {
            attempt.suspendReading();
        }
    }

    @Override
    public void resumeReading() {
        ChatAttempt attempt = current;
        if (attempt != null) {
            attempt.resumeReading();
        }
    }

    @Override
    public void abandon() {
        stopping = true;
        ChatAttempt attempt = current;
        if (attempt != null) {
            attempt.abort(Failures.protocol(lastHead, "the route stopped consuming the stream before it ended", null,
                    null));
        }
    }

    @FunctionalInterface
    interface Outcome {
        void apply() throws Exception;
    }
}
