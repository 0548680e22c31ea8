package io.camelchat.chatcompletion.call;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.StreamingMode;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.observe.CallObservation;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.camelchat.chatcompletion.response.ChatResult;
import io.camelchat.chatcompletion.response.ExchangeMapper;
import io.camelchat.chatcompletion.response.Failures;
import io.camelchat.chatcompletion.response.RateLimitHeaders;
import io.camelchat.chatcompletion.response.ResponseReader;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamControl;
import io.camelchat.chatcompletion.stream.StreamListener;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange's call, over one or more {@link ChatAttempt}s. It retries retryable failures on a timer (no thread and
 * no in-flight slot is held while it waits) as long as no streamed chunk has reached the route and the retry can
 * start before {@code requestTimeout}, the deadline of the whole call. It hands streams to the sink of the streaming
 * mode, decides its outcome exactly once, and completes the exchange exactly once, always on an executor thread.
 */
public final class ChatCall implements StreamControl {

    private static final Logger LOG = LoggerFactory.getLogger(ChatCall.class);

    private final CallEnvironment env;
    private final ChatCompletionConfiguration config;
    private final Exchange exchange;
    private final AsyncCallback callback;
    private volatile PreparedRequest request;
    private final StructuredCall structured;
    private volatile int attemptBase;
    private final ActiveClock clock = new ActiveClock();
    private final AtomicBoolean finished = new AtomicBoolean();
    private final AtomicBoolean exchangeDone = new AtomicBoolean();
    private final AtomicReference<ChatCompletionException> stopReason = new AtomicReference<>();
    private final Object sinkLock = new Object();
    private final long startNanos = System.nanoTime();
    private volatile Deadline deadline;
    private volatile ChatAttempt current;
    private volatile ResponseHead lastHead;
    private volatile ScheduledFuture<?> pendingRetry;
    private volatile int attempts;
    private volatile boolean callHeadersApplied;
    private volatile StreamListener sink;
    private final AtomicLong budgetWaitMillis = new AtomicLong();
    private final AtomicLong slotWaitNanos = new AtomicLong();
    private volatile CallObservation observation = CallObservation.NOOP;

    /** @param structured checks the answers against a schema; null without structured output */
    public ChatCall(CallEnvironment env, Exchange exchange, AsyncCallback callback, PreparedRequest request,
                    StructuredCall structured) {
        this.structured = structured;
        this.env = env;
        this.config = env.config();
        this.exchange = exchange;
        this.callback = callback;
        this.request = request;
    }

    public void start() {
        ExchangeMapper.clearCallHeaders(exchange.getMessage());
        observation = env.observer().callStarted(request, exchange);
        env.activeCalls().add(this);
        deadline = Deadline.start(env.timer(), clock, config.getRequestTimeout(), this::onDeadline);
        nextAttempt();
    }

    private void nextAttempt() {
        pendingRetry = null;
        try {
            ChatCompletionException stop = stopReason.get();
            if (stop != null) {
                finalFailure(stop);
                return;
            }
            ChatAttempt attempt = new ChatAttempt(this, env, request, ++attempts - attemptBase, clock);
            current = attempt;
            attempt.start();
            stop = stopReason.get();
            if (stop != null) {
                // stopped while the attempt was being created: it must not send (or must close what it sent)
                attempt.abort(stop);
            }
        } catch (Throwable unexpected) {
            finalFailure(unexpected);
        }
    }

    private void onDeadline() {
        ChatAttempt attempt = current;
        String detail = attempt != null && attempt.isWaitingForBudget()
                ? " while the call waited for the rate-limit budget (requestsPerMinute, tokensPerMinute)" : "";
        stop(Failures.timeout(lastHead, "requestTimeout", config.getRequestTimeout(), detail));
    }

    /** An attempt got its in-flight slot after this wait. */
    void slotWaited(long nanos) {
        slotWaitNanos.addAndGet(nanos);
        observation.slotWaited(nanos);
    }

    /** An attempt got its rate-limit budget after this wait. */
    void budgetWaited(long millis) {
        budgetWaitMillis.addAndGet(millis);
        observation.budgetWaited(millis);
    }

    void onHead(ResponseHead head) {
        lastHead = head;
        observation.responseHead(head);
    }

    /** Metrics and traces of this call; {@link CallObservation#NOOP} when none are configured. */
    CallObservation observation() {
        return observation;
    }

    /** The sink of the streaming mode, created by the first attempt that gets a stream and kept across retries. */
    StreamListener streamSink(int httpStatus) {
        synchronized (sinkLock) {
            if (sink == null) {
                sink = StreamSinks.open(this, exchange, env, httpStatus, request.stream());
            }
            return sink;
        }
    }

    /**
     * A complete non-streamed answer arrived (on an I/O thread): it is read on the executor, or here with
     * continueOnIoThread.
     */
    void onBufferedAnswer(ChatAttempt attempt, ResponseHead head, byte[] body, int length) {
        if (config.isContinueOnIoThread()) {
            readBufferedAnswer(attempt, head, body, length);
            return;
        }
        env.handoff().execute(env.executor(), () -> readBufferedAnswer(attempt, head, body, length),
                rejected -> finalFailure(rejection(rejected)));
    }

    private void readBufferedAnswer(ChatAttempt attempt, ResponseHead head, byte[] body, int length) {
        ChatResult result;
        try {
            result = ResponseReader.read(head, body, length, config.getEnvelope());
        } catch (ChatCompletionException e) {
            attemptFailed(attempt, e, false);
            return;
        } catch (Throwable unexpected) {
            finalFailure(unexpected);
            return;
        }
        attempt.settleBudget(result.response());
        if (request.stream() && config.getStreamingMode() != StreamingMode.aggregate) {
            replayAsStream(result.response(), head);
            return;
        }
        if (!structuredAccepts(result, true)) {
            return;
        }
        if (!finish()) {
            return;
        }
        logSuccess(result.response(), head.status());
        observation.succeeded(result.response());
        // already on the executor (or on the I/O thread by choice): the route continues on this thread
        completeExchange(() -> {
            ExchangeMapper.apply(result, config.getOutputFormat(), exchange.getMessage());
            applyStructured(exchange.getMessage());
        }, null);
    }

    /** A JSON answer to a streaming request: the route still gets the chunk form its streaming mode promises. */
    private void replayAsStream(ChatCompletionResponse response, ResponseHead head) {
        StreamListener target = streamSink(head.status());
        if (response.content() != null && !response.content().isEmpty()) {
            target.onChunk(new StreamChunk(0, response.content(), response.id(), response.model(),
                    response.finishReason()));
            target.onReadEnd();
        }
        streamSucceeded(response);
    }

    void streamSucceeded(ChatCompletionResponse result) {
        if (finished.get()) {
            return;
        }
        boolean aggregated = !request.stream() || config.getStreamingMode() == StreamingMode.aggregate;
        if (!structuredAccepts(new ChatResult(result, null, null, lastHead == null ? 200 : lastHead.status()),
                aggregated)) {
            return;
        }
        if (!finish()) {
            return;
        }
        logSuccess(result, lastHead == null ? 0 : lastHead.status());
        observation.succeeded(result);
        sink.onComplete(result);
    }

    /**
     * Structured output: true when the answer may complete the call. Otherwise the call goes on with a repair request
     * (a new request of the same call: same deadline, a new in-flight slot, its own transport retries) or fails with
     * INVALID_OUTPUT.
     */
    private boolean structuredAccepts(ChatResult result, boolean repairAllowed) {
        if (structured == null) {
            return true;
        }
        StructuredCall.Verdict verdict;
        try {
            verdict = structured.check(result, repairAllowed);
        } catch (Throwable unexpected) {
            finalFailure(unexpected);
            return false;
        }
        if (verdict.failure() != null) {
            finalFailure(verdict.failure());
            return false;
        }
        if (verdict.next() != null) {
            sendInstead(verdict.next(), "structured output repair");
            return false;
        }
        return true;
    }

    /** Puts the validated structured body on the message (after the answer was mapped); nothing without a schema. */
    void applyStructured(Message message) {
        if (structured != null) {
            structured.apply(message);
        }
    }

    /** Sends another request in this call (a repair, or the prompt-mode fallback), within its deadline. */
    private void sendInstead(PreparedRequest next, String why) {
        LOG.debug("Chat completion model={}: sending a {} request", request.model(), why);
        request = next;
        attemptBase = attempts;
        scheduleNextAttempt(0);
    }

    /** An attempt failed: retry it when the failure, the policy and the deadline allow, otherwise fail the call. */
    void attemptFailed(ChatAttempt attempt, ChatCompletionException failure, boolean reachedRoute) {
        if (finished.get()) {
            return;
        }
        if (structured != null && !reachedRoute && stopReason.get() == null) {
            PreparedRequest fallback = structured.fallback(failure);
            if (fallback != null) {
                sendInstead(fallback, "prompt-mode structured output (the server rejected response_format)");
                return;
            }
        }
        ChatCompletionException outcome = failure;
        if (!reachedRoute && stopReason.get() == null) {
            RetryPolicy.Decision decision = env.retryPolicy().decide(failure, attempt.number());
            if (decision.retry()) {
                Deadline whole = deadline;
                if (whole == null || decision.delayMs() < whole.remainingMillis()) {
                    scheduleRetry(attempt, failure, decision.delayMs());
                    return;
                }
                outcome = failure.toBuilder()
                        .providerMessage(failure.getProviderMessage() + " (not retried: a retry in "
                                         + decision.delayMs() + " ms would start after requestTimeout "
                                         + config.getRequestTimeout() + " ms)")
                        .build();
            } else {
                outcome = decision.failure();
            }
        }
        finalFailure(outcome);
    }

    private void scheduleRetry(ChatAttempt attempt, ChatCompletionException failure, long delayMs) {
        LOG.debug("Chat completion model={} attempt {} failed ({}), retrying in {} ms", request.model(),
                attempt.number(), failure.getMessage(), delayMs);
        observation.retrying(attempt.number(), failure, delayMs);
        scheduleNextAttempt(delayMs);
    }

    /** The next attempt on the timer (no thread or slot held meanwhile); none when the call stops first. */
    private void scheduleNextAttempt(long delayMs) {
        try {
            pendingRetry = env.timer().schedule(this::nextAttempt, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            finalFailure(stoppedFailure());
            return;
        }
        if (stopReason.get() != null) {
            cancelPendingRetry();
        }
    }

    /** Fails the call with this cause, once; later outcomes are ignored. */
    private void finalFailure(Throwable cause) {
        if (!finish()) {
            return;
        }
        ChatCompletionException failure = cause instanceof ChatCompletionException known
                ? known : Failures.unexpected(lastHead, cause);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Chat completion model={} failed after {} attempt(s) in {} ms: {}", request.model(), attempts,
                    elapsedMillis(), failure.getMessage());
        }
        observation.failed(failure);
        StreamListener target;
        synchronized (sinkLock) {
            target = sink;
        }
        if (target != null) {
            target.onError(failure);
        } else {
            completeExchange(() -> {
                if (failure.getHttpStatus() > 0) {
                    exchange.getMessage().setHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE, failure.getHttpStatus());
                }
                throw failure;
            }, env.executor());
        }
    }

    /** No more attempts: a pending retry is cancelled, the attempt in flight (or waiting for a slot) withdrawn. */
    private void stop(ChatCompletionException reason) {
        if (!stopReason.compareAndSet(null, reason)) {
            return;
        }
        cancelPendingRetry();
        ChatAttempt attempt = current;
        if (attempt != null) {
            attempt.abort(reason);
        }
        // an attempt that had already reported either succeeded (its answer is on its way to the executor) or
        // failed (then its retry was cancelled above, or sees the stop reason when it is scheduled)
    }

    /** The endpoint is stopping: no more retries, and the attempt in flight is closed. */
    public void shutdown() {
        stop(stoppedFailure());
    }

    private void cancelPendingRetry() {
        ScheduledFuture<?> retry = pendingRetry;
        if (retry != null && retry.cancel(false)) {
            pendingRetry = null;
            finalFailure(stopReason.get());
        }
    }

    private ChatCompletionException stoppedFailure() {
        return Failures.transport(lastHead, new RejectedExecutionException("the chatcompletion endpoint is stopping"));
    }

    private static RejectedExecutionException rejection(RejectedExecutionException rejected) {
        return new RejectedExecutionException(
                "The executor of the chatcompletion endpoint rejected the task that continues the route (it is "
                + "bounded and full, or shut down): the exchange fails instead of waiting or running on an HTTP "
                + "I/O thread. Give the endpoint an executorService that queues, or a larger one.", rejected);
    }

    /**
     * Runs the outcome and the rest of the route once: on the given executor (never on the calling thread), or right
     * here when the executor is null because the caller already runs on an executor thread.
     */
    void completeExchange(Outcome outcome, Executor executor) {
        if (!exchangeDone.compareAndSet(false, true)) {
            return;
        }
        if (executor == null) {
            continueRoute(outcome);
            return;
        }
        env.handoff().execute(executor, () -> continueRoute(outcome), rejected -> continueRoute(() -> {
            throw rejection(rejected);
        }));
    }

    /** The headers that describe the call as a whole: its attempts, and the rate limits of its last answer. */
    void applyCallHeaders(Message message) {
        message.setHeader(ChatCompletionConstants.ATTEMPTS, attempts);
        message.setHeader(ChatCompletionConstants.SLOT_WAIT, TimeUnit.NANOSECONDS.toMillis(slotWaitNanos.get()));
        // chunks mode sets them twice: when the stream starts, and again when it ends
        RateLimitHeaders.apply(lastHead, message, callHeadersApplied);
        callHeadersApplied = true;
        if (env.budget() != null) {
            message.setHeader(ChatCompletionConstants.BUDGET_WAIT, budgetWaitMillis.get());
        }
    }

    private void continueRoute(Outcome outcome) {
        try {
            applyCallHeaders(exchange.getMessage());
            outcome.apply();
        } catch (Throwable e) {
            exchange.setException(e);
        } finally {
            callback.done(false);
        }
    }

    /** Marks the outcome as decided; true only the first time. Stops the call's timers. */
    private boolean finish() {
        if (!finished.compareAndSet(false, true)) {
            return false;
        }
        Deadline whole = deadline;
        if (whole != null) {
            whole.cancel();
        }
        ScheduledFuture<?> retry = pendingRetry;
        if (retry != null) {
            retry.cancel(false);
        }
        env.activeCalls().remove(this);
        return true;
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
        clock.pause();
        ChatAttempt attempt = current;
        if (attempt != null) {
            attempt.suspendReading();
        }
    }

    @Override
    public void resumeReading() {
        clock.resume();
        ChatAttempt attempt = current;
        if (attempt != null) {
            attempt.resumeReading();
        }
    }

    @Override
    public void abandon() {
        stop(Failures.protocol(lastHead, "the route stopped consuming the stream before it ended", null, null));
    }

    /** What the route gets: an answer mapped onto the message, or a thrown failure. */
    @FunctionalInterface
    interface Outcome {
        void apply() throws Exception;
    }
}
