package io.camelchat.chatcompletion.call;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.StreamingMode;
import io.camelchat.chatcompletion.budget.RateBudget;
import io.camelchat.chatcompletion.http.HttpCall;
import io.camelchat.chatcompletion.http.HttpCallRequest;
import io.camelchat.chatcompletion.http.InFlightLimiter;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.http.ResponseListener;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.observe.CallObservation;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.camelchat.chatcompletion.response.Failures;
import io.camelchat.chatcompletion.stream.StreamChunk;
import io.camelchat.chatcompletion.stream.StreamDecoder;
import io.camelchat.chatcompletion.stream.StreamLimits;
import io.camelchat.chatcompletion.stream.StreamListener;
import io.camelchat.chatcompletion.stream.StreamWatchdog;

/**
 * One HTTP request of a call: waits for an in-flight slot, sends, enforces its timeouts and size limits, and reads
 * the answer on the HTTP client's thread, buffered or decoded as a stream. It reports its outcome to its
 * {@link ChatCall} exactly once, after giving back its slot (or its place in the queue) and stopping its timers.
 * Every callback catches what it throws, so nothing escapes onto an I/O thread.
 */
final class ChatAttempt implements ResponseListener, InFlightLimiter.Waiter {

    /** The longest error (non-2xx) body kept; the rest is not read. */
    static final int MAX_ERROR_BODY = 64 * 1024;
    /** How long a stream that has ended may keep its connection open before it is closed. */
    private static final long DRAIN_GRACE_MS = 1_000;

    private final ChatCall call;
    private final CallEnvironment env;
    private final ChatCompletionConfiguration config;
    private final PreparedRequest request;
    private final int number;
    private final ActiveClock clock;
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Object streamLock = new Object();
    private volatile InFlightLimiter.Ticket ticket;
    private volatile long queuedNanos;
    private volatile RateBudget.Grant budgetGrant;
    private volatile ResponseHead head;
    private volatile HttpCall httpCall;
    private volatile Deadline attemptDeadline;
    private volatile StreamWatchdog watchdog;
    private volatile boolean bodyEnded;
    private volatile ScheduledFuture<?> drainTimer;
    private StreamDecoder decoder;
    private StreamListener streamSink;
    private ResponseBuffer buffer;

    ChatAttempt(ChatCall call, CallEnvironment env, PreparedRequest request, int number, ActiveClock clock) {
        this.call = call;
        this.env = env;
        this.config = env.config();
        this.request = request;
        this.number = number;
        this.clock = clock;
    }

    int number() {
        return number;
    }

    /** Takes its rate-limit budget (if one is set), then joins the limiter's queue; {@link #granted} sends. */
    void start() {
        RateBudget budget = env.budget();
        if (budget == null) {
            joinLimiter();
            return;
        }
        RateBudget.Grant queued = budget.acquire(request.estimatedTokens(), this::budgetGranted);
        if (budgetGrant == null) {
            budgetGrant = queued;
        }
        if (reported.get()) {
            queued.withdraw();
        }
    }

    private void budgetGranted(RateBudget.Grant grant) {
        budgetGrant = grant;
        call.budgetWaited(grant.waitedMillis());
        try {
            joinLimiter();
        } catch (Throwable unexpected) {
            abort(Failures.unexpected(head, unexpected));
        }
    }

    /** Whether the attempt still waits for its rate-limit budget. */
    boolean isWaitingForBudget() {
        RateBudget.Grant grant = budgetGrant;
        return grant != null && grant.isWaiting();
    }

    /** The answer's usage replaces the token estimate in the budget. */
    void settleBudget(ChatCompletionResponse response) {
        RateBudget.Grant grant = budgetGrant;
        if (grant != null && response.usage() != null && response.usage().totalTokens() != null) {
            grant.settle(response.usage().totalTokens());
        }
    }

    private void joinLimiter() {
        if (reported.get()) {
            return;
        }
        queuedNanos = System.nanoTime();
        InFlightLimiter.Ticket queued = env.limiter().acquire(this);
        if (ticket == null) {
            ticket = queued;
        }
        if (reported.get()) {
            queued.close();
        }
    }

    @Override
    public void granted(InFlightLimiter.Ticket slot) {
        ticket = slot;
        if (reported.get()) {
            slot.close();
            return;
        }
        try {
            call.slotWaited(System.nanoTime() - queuedNanos);
            attemptDeadline = Deadline.start(env.timer(), clock, config.getAttemptTimeout(),
                    () -> abort(Failures.timeout(head, "attemptTimeout", config.getAttemptTimeout())));
            if (request.stream() && (config.getFirstTokenTimeout() > 0 || config.getIdleTimeout() > 0)) {
                StreamWatchdog dog = new StreamWatchdog(env.timer(), clock, config.getFirstTokenTimeout(),
                        config.getIdleTimeout(), (option, millis) -> abort(Failures.timeout(head, option, millis)));
                watchdog = dog;
                dog.start();
            }
            HttpCallRequest httpRequest = env.httpRequests().apply(request);
            CallObservation observation = call.observation();
            if (observation != CallObservation.NOOP) {
                // the endpoint's headers are shared by its calls: trace context goes into this attempt's own copy
                Map<String, String> headers = new LinkedHashMap<>(httpRequest.headers());
                observation.beforeSend(number, headers);
                httpRequest = new HttpCallRequest(httpRequest.uri(), headers, httpRequest.body());
            }
            HttpCall sent = env.transport().send(httpRequest, this);
            httpCall = sent;
            if (reported.get()) {
                sent.cancel();
            }
        } catch (Throwable e) {
            onFailure(e instanceof Exception ex ? ex : new IllegalStateException(e));
        }
    }

    @Override
    public void rejected(Exception cause) {
        if (report()) {
            call.attemptFailed(this, Failures.transport(null, cause), false);
        }
    }

    @Override
    public void onHead(ResponseHead head) {
        try {
            this.head = head;
            call.onHead(head);
            RateBudget budget = env.budget();
            if (budget != null) {
                BudgetFeedback.apply(head, budget);
            }
            if (head.isSuccess() && head.isEventStream()) {
                StreamListener sink = call.streamSink(head.status());
                synchronized (streamLock) {
                    streamSink = sink;
                    decoder = new StreamDecoder(head, config.getEnvelope(), limits(), new AttemptListener(sink),
                            this::onDataEvent);
                }
            } else {
                buffer = new ResponseBuffer(head.isSuccess() ? config.getMaxResponseSize() : MAX_ERROR_BODY,
                        head.header("Content-Length"));
            }
        } catch (Throwable unexpected) {
            abort(Failures.unexpected(head, unexpected));
        }
    }

    private StreamLimits limits() {
        return new StreamLimits(config.getMaxEventSize(), config.getMaxStreamContentSize());
    }

    @Override
    public void onData(ByteBuffer data) {
        try {
            synchronized (streamLock) {
                if (decoder != null) {
                    decoder.feed(data);
                    streamSink.onReadEnd();
                    return;
                }
            }
            if (buffer == null || reported.get()) {
                data.position(data.limit());
                return;
            }
            if (!buffer.append(data)) {
                bodyTooLarge();
            }
        } catch (Throwable unexpected) {
            abort(Failures.unexpected(head, unexpected));
        }
    }

    /** A success body over maxResponseSize fails; an error body is cut at its limit and reported as it is. */
    private void bodyTooLarge() {
        if (head.isSuccess()) {
            abort(Failures.limitExceeded(head, "maxResponseSize", config.getMaxResponseSize(),
                    "the response body is larger"));
        } else if (report()) {
            cancelHttp();
            call.onBufferedAnswer(this, head, buffer.bytes(), buffer.length());
        }
    }

    @Override
    public void onEnd() {
        bodyEnded = true;
        ScheduledFuture<?> drain = drainTimer;
        if (drain != null) {
            drain.cancel(false);
        }
        try {
            synchronized (streamLock) {
                if (decoder != null) {
                    decoder.end();
                    streamSink.onReadEnd();
                    return;
                }
            }
            if (report()) {
                call.onBufferedAnswer(this, head, buffer.bytes(), buffer.length());
            }
        } catch (Throwable unexpected) {
            abort(Failures.unexpected(head, unexpected));
        }
    }

    @Override
    public void onFailure(Exception cause) {
        fail(Failures.transport(head, cause));
    }

    /** A timeout, the route giving up or a stop: fail the attempt and close its connection or leave the queue. */
    void abort(ChatCompletionException failure) {
        fail(failure);
        cancelHttp();
    }

    private void fail(ChatCompletionException failure) {
        synchronized (streamLock) {
            if (decoder != null) {
                decoder.fail(failure);
                return;
            }
        }
        if (report()) {
            call.attemptFailed(this, failure, false);
        }
    }

    private void cancelHttp() {
        HttpCall current = httpCall;
        if (current != null) {
            current.cancel();
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

    /** Gives back the slot (or the place in the queue) and stops the timers; true only the first time. */
    private boolean report() {
        if (!reported.compareAndSet(false, true)) {
            return false;
        }
        InFlightLimiter.Ticket slot = ticket;
        if (slot != null) {
            slot.close();
        }
        RateBudget.Grant grant = budgetGrant;
        if (grant != null) {
            grant.withdraw();
        }
        Deadline limit = attemptDeadline;
        if (limit != null) {
            limit.cancel();
        }
        StreamWatchdog dog = watchdog;
        if (dog != null) {
            dog.stop();
        }
        return true;
    }

    /**
     * The stream's outcome is known before the server ended the body: a failure closes the connection now; a success
     * gives the server a moment to end the body (so the connection can be reused), then closes it.
     */
    private void releaseConnection(boolean success) {
        if (bodyEnded) {
            return;
        }
        if (!success) {
            cancelHttp();
            return;
        }
        try {
            drainTimer = env.timer().schedule(() -> {
                if (!bodyEnded) {
                    cancelHttp();
                }
            }, DRAIN_GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            cancelHttp();
        }
    }

    /** Passes decoded chunks to the call's sink and reports how the stream ended. */
    private final class AttemptListener implements StreamListener {
        private final StreamListener sink;
        private int chunksDelivered;

        AttemptListener(StreamListener sink) {
            this.sink = sink;
        }

        @Override
        public void onChunk(StreamChunk chunk) {
            chunksDelivered++;
            call.observation().chunk(chunk);
            sink.onChunk(chunk);
        }

        @Override
        public void onComplete(ChatCompletionResponse result) {
            settleBudget(result);
            if (report()) {
                releaseConnection(true);
                call.streamSucceeded(result);
            }
        }

        @Override
        public void onError(ChatCompletionException error) {
            if (report()) {
                releaseConnection(false);
                boolean reachedRoute = request.stream() && config.getStreamingMode() != StreamingMode.aggregate
                                       && chunksDelivered > 0;
                call.attemptFailed(ChatAttempt.this, error, reachedRoute);
            }
        }
    }
}
