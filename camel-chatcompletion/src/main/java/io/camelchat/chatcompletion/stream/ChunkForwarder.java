package io.camelchat.chatcompletion.stream;

import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.ExchangeHelper;

/**
 * Forward mode: sends each chunk to the chunk endpoint as its own exchange (correlated to the original, sent through
 * Camel's send machinery so that events, tracing and the unit of work see it), in order, the next one only after the
 * previous exchange completed, and without any thread waiting in between. Chunks that arrive meanwhile are queued;
 * while the queue is full the socket is not read. When the stream has ended and every chunk was delivered, the
 * outcome (the full result, or the failure) is handed on exactly once. A rejected send task fails the original
 * exchange and closes the stream.
 */
public final class ChunkForwarder implements StreamListener {

    /** Receives the outcome, once. */
    @FunctionalInterface
    public interface Completion {
        /**
         * @param result         the full result, or null on failure
         * @param failure        the failure, or null
         * @param onRunnerThread whether this runs on a thread the runner gave (so the route may continue right here)
         */
        void done(ChatCompletionResponse result, Exception failure, boolean onRunnerThread);
    }

    /** Set while {@link #drain} runs on a thread the runner gave, rather than in a chunk route's callback. */
    private static final ThreadLocal<Boolean> ON_RUNNER_THREAD = new ThreadLocal<>();

    private final Exchange original;
    private final AsyncProcessor target;
    private final TaskRunner runner;
    private final StreamControl control;
    private final Completion onDone;
    private final ArrayDeque<StreamChunk> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean suspended;
    private boolean done;
    private ChatCompletionResponse result;
    private Exception failure;

    /**
     * @param target a processor that sends to the chunk endpoint
     * @param runner where the chunk exchanges are sent from
     * @param onDone called once with the result or the failure (a failed chunk exchange's exception, the stream's,
     *               or the runner's rejection)
     */
    public ChunkForwarder(Exchange original, AsyncProcessor target, TaskRunner runner, StreamControl control,
                          Completion onDone) {
        this.original = original;
        this.target = target;
        this.runner = runner;
        this.control = control;
        this.onDone = onDone;
    }

    @Override
    public void onChunk(StreamChunk chunk) {
        synchronized (this) {
            if (failure != null || done) {
                return;
            }
            queue.add(chunk);
            if (queue.size() >= ChunkIterator.HIGH_WATERMARK && !suspended) {
                suspended = true;
                control.suspendReading();
            }
        }
    }

    /** Starts sending once the chunks of a read are queued, rather than handing off a task for the first of them. */
    @Override
    public void onReadEnd() {
        boolean start;
        synchronized (this) {
            start = !sending && !queue.isEmpty() && !done;
            sending |= start;
        }
        if (start) {
            runner.execute(this::drainOnRunnerThread, this::rejected);
        }
    }

    @Override
    public void onComplete(ChatCompletionResponse response) {
        finishWith(response, null);
    }

    @Override
    public void onError(ChatCompletionException error) {
        finishWith(null, error);
    }

    private void finishWith(ChatCompletionResponse response, Exception error) {
        boolean idle;
        synchronized (this) {
            if (failure == null) {
                result = response;
                failure = error;
            }
            idle = !sending;
            sending = true;
        }
        if (idle) {
            runner.execute(this::drainOnRunnerThread, this::rejected);
        }
    }

    /** The runner refused to send: the original fails with the rejection, the stream is closed. */
    private void rejected(RejectedExecutionException rejection) {
        synchronized (this) {
            if (done) {
                return;
            }
            done = true;
            queue.clear();
            failure = rejection;
            result = null;
        }
        control.abandon();
        onDone.done(null, rejection, false);
    }

    private void drainOnRunnerThread() {
        ON_RUNNER_THREAD.set(Boolean.TRUE);
        try {
            drain();
        } finally {
            ON_RUNNER_THREAD.remove();
        }
    }

    /** Sends queued chunks one after another; a chunk processed asynchronously resumes the loop from its callback. */
    private void drain() {
        while (true) {
            StreamChunk chunk;
            synchronized (this) {
                if (done) {
                    return;
                }
                chunk = queue.poll();
                if (chunk == null) {
                    sending = false;
                    if (result == null && failure == null) {
                        return;
                    }
                    done = true;
                }
                if (suspended && queue.size() <= ChunkIterator.LOW_WATERMARK) {
                    suspended = false;
                    control.resumeReading();
                }
            }
            if (chunk == null) {
                onDone.done(result, failure, ON_RUNNER_THREAD.get() != null);
                return;
            }
            Exchange exchange = ExchangeHelper.createCorrelatedCopy(original, false);
            // the copy has the original headers already: only the chunk's body and headers are set
            ChunkMessages.fill(exchange.getMessage(), chunk);
            boolean sync = target.process(exchange, doneSync -> {
                afterSend(exchange);
                if (!doneSync) {
                    drain();
                }
            });
            if (!sync) {
                return;
            }
        }
    }

    private void afterSend(Exchange exchange) {
        Exception error = exchange.getException();
        if (error == null) {
            return;
        }
        synchronized (this) {
            if (failure == null) {
                failure = error;
                result = null;
            }
            queue.clear();
        }
        control.abandon();
    }
}
