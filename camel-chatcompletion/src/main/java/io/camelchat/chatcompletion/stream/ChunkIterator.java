package io.camelchat.chatcompletion.stream;

import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.response.ChatResult;
import io.camelchat.chatcompletion.response.ExchangeMapper;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The body of an exchange in chunks mode: {@code split(body()).streaming()} turns it into one exchange per text chunk,
 * in order. It buffers a bounded number of chunks and stops reading the socket while full.
 * <p>
 * Camel's streaming split asks {@link #hasNext()} before it processes the element it just took, so this iterator
 * never blocks or throws there: it answers true until the end is known, {@link #next()} waits for the next chunk,
 * returns null at the end (which the split treats as done), and throws the stream's failure only after every chunk
 * received before it has been handed out. When the stream ends, the split exchange gets the final headers and the whole
 * text in {@code CamelChatCompletionContent}. With a batch size over 1, {@link #next()} joins the chunks already received
 * (never waiting for more than the first) into one message.
 */
public final class ChunkIterator implements Iterator<Message>, Closeable, StreamListener {

    static final int HIGH_WATERMARK = 256;
    static final int LOW_WATERMARK = 64;

    private final Exchange exchange;
    private final int httpStatus;
    private final StreamControl control;
    private final Consumer<Message> callHeaders;
    private final int batch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<StreamChunk> chunks = new ArrayDeque<>();
    private ChatCompletionResponse result;
    private ChatCompletionException failure;
    private boolean suspended;
    private boolean unsignalled;
    private boolean finalHeadersApplied;
    private boolean closed;
    private boolean closedWithExchange;

    /**
     * @param callHeaders sets the headers that describe the whole call (attempts, rate limits) with the final ones
     * @param batch       the most chunks one message joins (chunkBatch), at least 1
     */
    public ChunkIterator(Exchange exchange, int httpStatus, StreamControl control, Consumer<Message> callHeaders,
                         int batch) {
        this.batch = batch;
        this.exchange = exchange;
        this.httpStatus = httpStatus;
        this.control = control;
        this.callHeaders = callHeaders;
    }

    @Override
    public void onChunk(StreamChunk chunk) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            chunks.add(chunk);
            if (chunks.size() >= HIGH_WATERMARK && !suspended) {
                suspended = true;
                control.suspendReading();
            }
            // the waiting split is woken once the read is decoded (onReadEnd): woken per chunk, it would take each
            // chunk alone and cost a thread switch per chunk
            unsignalled = true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onReadEnd() {
        lock.lock();
        try {
            if (unsignalled) {
                unsignalled = false;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onComplete(ChatCompletionResponse response) {
        lock.lock();
        try {
            result = response;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void onError(ChatCompletionException error) {
        lock.lock();
        try {
            failure = error;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * False once the stream has ended and every chunk was taken, or once the split exchange has failed (a split with
     * stopOnException then drains the rest of the iterator before it closes it, which must not wait for the rest of
     * the stream); never waits.
     */
    @Override
    public boolean hasNext() {
        lock.lock();
        try {
            failIfClosedWithExchange();
            if (closed || exchange.getException() != null) {
                return false;
            }
            if (chunks.isEmpty() && result != null) {
                applyFinalHeaders();
                return false;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The next chunk, waiting for it; null when the stream ended; throws the stream's failure after the last chunk. */
    @Override
    public Message next() {
        StreamChunk chunk;
        int count;
        lock.lock();
        try {
            failIfClosedWithExchange();
            while (chunks.isEmpty() && result == null && failure == null && !closed) {
                changed.awaitUninterruptibly();
            }
            if (closed) {
                throw new NoSuchElementException("the chunk stream is closed");
            }
            chunk = chunks.poll();
            if (chunk == null) {
                if (failure != null) {
                    throw ChunkIterator.<RuntimeException> sneakyThrow(failure);
                }
                applyFinalHeaders();
                return null;
            }
            count = batch > 1 ? 1 : 0;
            if (batch > 1 && !chunks.isEmpty()) {
                StringBuilder text = new StringBuilder(chunk.text());
                StreamChunk first = chunk;
                String finishReason = chunk.finishReason();
                for (; count < batch && !chunks.isEmpty(); count++) {
                    chunk = chunks.poll();
                    text.append(chunk.text());
                    finishReason = chunk.finishReason() != null ? chunk.finishReason() : finishReason;
                }
                chunk = new StreamChunk(first.index(), text.toString(), chunk.id(), chunk.model(), finishReason);
            }
            if (suspended && chunks.size() <= LOW_WATERMARK) {
                suspended = false;
                control.resumeReading();
            }
        } finally {
            lock.unlock();
        }
        return ChunkMessages.create(exchange.getMessage(), chunk, count);
    }

    /**
     * The exchange completed. A split has closed the iterator already; one still open was never consumed in the
     * route (a caller that takes the body out of the route): it is closed, and using it later fails clearly.
     */
    public void closeWithExchange() {
        lock.lock();
        try {
            closedWithExchange = !closed;
        } finally {
            lock.unlock();
        }
        close();
    }

    private void failIfClosedWithExchange() {
        if (closedWithExchange) {
            throw new IllegalStateException("The chunks of this chat completion stream were not consumed inside the "
                                            + "route: the exchange completed, which closed the stream. Split the body "
                                            + "in the route (split(body()).streaming()), or use streamingMode=aggregate "
                                            + "to get the whole answer as the body.");
        }
    }

    /** Stops consuming: an unfinished stream is closed and its connection freed. */
    @Override
    public void close() {
        boolean unfinished;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            chunks.clear();
            changed.signalAll();
            unfinished = result == null && failure == null;
        } finally {
            lock.unlock();
        }
        if (unfinished) {
            control.abandon();
        }
    }

    private void applyFinalHeaders() {
        if (!finalHeadersApplied) {
            finalHeadersApplied = true;
            Message message = exchange.getMessage();
            ExchangeMapper.applyHeaders(new ChatResult(result, null, null, httpStatus), message);
            callHeaders.accept(message);
        }
    }

    /** Throws a checked exception from a method that cannot declare it, so the split sees the exact type. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneakyThrow(Throwable failure) throws T {
        throw (T) failure;
    }
}
