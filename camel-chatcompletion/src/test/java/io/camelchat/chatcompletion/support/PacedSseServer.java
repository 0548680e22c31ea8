package io.camelchat.chatcompletion.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler.ResponseTrigger;
import org.apache.hc.core5.http.nio.DataStreamChannel;
import org.apache.hc.core5.http.nio.support.BasicResponseProducer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Answers every request with a {@code text/event-stream} whose events it writes one at a time, a fixed pause apart,
 * holding no thread per stream.
 */
public final class PacedSseServer extends NonBlockingTestServer {

    private final Function<String, List<String>> events;
    private final long pauseMs;

    /**
     * @param events  the events of the answer to a request body (each written and flushed on its own)
     * @param pauseMs the pause before each event
     */
    public PacedSseServer(Function<String, List<String>> events, long pauseMs) throws Exception {
        this.events = events;
        this.pauseMs = pauseMs;
    }

    @Override
    protected void answer(String requestBody, ResponseTrigger trigger, HttpContext context)
            throws HttpException, IOException {
        PacedEntity entity = new PacedEntity(events.apply(requestBody));
        BasicHttpResponse response = new BasicHttpResponse(200);
        response.addHeader("Cache-Control", "no-cache");
        trigger.submitResponse(new BasicResponseProducer(response, entity), context);
        entity.scheduleNext();
    }

    /** Writes the next event when the scheduler releases it; ends the stream after the last. */
    private final class PacedEntity implements AsyncEntityProducer {
        private final ArrayDeque<String> waiting;
        private ByteBuffer pending = ByteBuffer.allocate(0);
        private DataStreamChannel channel;
        private boolean ended;

        PacedEntity(List<String> events) {
            this.waiting = new ArrayDeque<>(events);
        }

        void scheduleNext() {
            scheduler.schedule(this::release, pauseMs, TimeUnit.MILLISECONDS);
        }

        private void release() {
            DataStreamChannel ready;
            synchronized (this) {
                String next = waiting.poll();
                if (next == null) {
                    return;
                }
                byte[] bytes = next.getBytes(StandardCharsets.UTF_8);
                ByteBuffer joined = ByteBuffer.allocate(pending.remaining() + bytes.length);
                joined.put(pending).put(bytes).flip();
                pending = joined;
                ready = channel;
            }
            if (ready != null) {
                ready.requestOutput();
            }
            synchronized (this) {
                if (!waiting.isEmpty()) {
                    scheduleNext();
                }
            }
        }

        @Override
        public synchronized void produce(DataStreamChannel channel) throws IOException {
            this.channel = channel;
            while (pending.hasRemaining()) {
                if (channel.write(pending) == 0) {
                    channel.requestOutput();
                    return;
                }
            }
            if (waiting.isEmpty() && !ended) {
                ended = true;
                answerDone();
                channel.endStream();
            }
        }

        @Override
        public synchronized int available() {
            return pending.hasRemaining() || (waiting.isEmpty() && !ended) ? Math.max(1, pending.remaining()) : 0;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public String getContentType() {
            return "text/event-stream";
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public String getContentEncoding() {
            return null;
        }

        @Override
        public boolean isChunked() {
            return true;
        }

        @Override
        public Set<String> getTrailerNames() {
            return null;
        }

        @Override
        public void failed(Exception cause) {
            // the client went away
        }

        @Override
        public void releaseResources() {
            // nothing held
        }
    }
}
