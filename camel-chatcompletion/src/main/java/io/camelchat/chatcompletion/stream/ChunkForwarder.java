package io.camelchat.chatcompletion.stream;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/**
 * Forward mode: sends each chunk to the chunk endpoint as its own exchange, in order, the next one only after the
 * previous exchange completed, and without any thread waiting in between. Chunks that arrive meanwhile are queued;
 * while the queue is full the socket is not read. When the stream has ended and every chunk was delivered, the
 * outcome (the full result, or the failure) is handed on.
 */
public final class ChunkForwarder implements StreamListener {

    private final Exchange original;
    private final AsyncProcessor target;
    private final Executor executor;
    private final StreamControl control;
    private final BiConsumer<ChatCompletionResponse, Exception> onDone;
    private final ArrayDeque<StreamChunk> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean suspended;
    private boolean done;
    private ChatCompletionResponse result;
    private Exception failure;

    /**
     * @param onDone called once, on an executor thread, with the result or the failure (a failed chunk exchange's
     *               exception, or the stream's)
     */
    public ChunkForwarder(Exchange original, AsyncProcessor target, Executor executor, StreamControl control,
                          BiConsumer<ChatCompletionResponse, Exception> onDone) {
        this.original = original;
        this.target = target;
        this.executor = executor;
        this.control = control;
        this.onDone = onDone;
    }

    @Override
    public void onChunk(StreamChunk chunk) {
        boolean start;
        synchronized (this) {
            if (failure != null) {
                return;
            }
            queue.add(chunk);
            if (queue.size() >= ChunkIterator.HIGH_WATERMARK && !suspended) {
                suspended = true;
                control.suspendReading();
            }
            start = !sending;
            sending = true;
        }
        if (start) {
            executor.execute(this::drain);
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
            executor.execute(this::drain);
        }
    }

    /** Sends queued chunks one after another; a chunk processed asynchronously resumes the loop from its callback. */
    private void drain() {
        while (true) {
            StreamChunk chunk;
            synchronized (this) {
                chunk = queue.poll();
                if (chunk == null) {
                    sending = false;
                    if ((result != null || failure != null) && !done) {
                        done = true;
                    } else {
                        return;
                    }
                }
                if (suspended && queue.size() <= ChunkIterator.LOW_WATERMARK) {
                    suspended = false;
                    control.resumeReading();
                }
            }
            if (chunk == null) {
                onDone.accept(result, failure);
                return;
            }
            Exchange exchange = new DefaultExchange(original.getContext());
            exchange.setIn(ChunkMessages.create(original.getMessage(), chunk));
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
