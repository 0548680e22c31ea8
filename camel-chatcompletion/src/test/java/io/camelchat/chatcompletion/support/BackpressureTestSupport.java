package io.camelchat.chatcompletion.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A long stream (1,500 events of 1 KB) that the server writes as fast as the socket takes it, to a route that takes
 * 5 ms per chunk. Routes call {@link #recordChunk(Exchange)} per chunk and reach the server through the endpoint
 * option {@code httpClient=#smallBufferClient}: a client with explicit small socket buffers, so that the kernel's
 * receive-buffer auto-tuning (up to tens of MB on loopback) cannot hide what the component itself buffers.
 */
public abstract class BackpressureTestSupport extends ChatCompletionTestSupport {

    protected static final int EVENTS = 1_500;
    protected static final int TEXT_SIZE = 1_000;
    private static final int SOCKET_BUFFER = 16 * 1024;

    private final AtomicInteger consumed = new AtomicInteger();
    private final AtomicInteger outOfOrder = new AtomicInteger();
    protected final LeadMeasuringSseServer server;

    @BindToRegistry("smallBufferClient")
    private final CloseableHttpAsyncClient client;

    protected BackpressureTestSupport() throws Exception {
        List<String> events = new ArrayList<>();
        events.add(Sse.role());
        for (int i = 0; i < EVENTS; i++) {
            events.add(Sse.delta(text(i)));
        }
        events.add(Sse.finish("stop"));
        events.add(Sse.done());
        server = new LeadMeasuringSseServer(events, SOCKET_BUFFER, consumed::get);
        client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).setRcvBufSize(SOCKET_BUFFER).build())
                .disableAutomaticRetries()
                .build();
        client.start();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
        client.close(CloseMode.IMMEDIATE);
    }

    /** Counts one chunk reaching the route, and whether it came in order with the right text. */
    protected void recordChunk(Exchange chunk) {
        int index = chunk.getMessage().getHeader(ChatCompletionConstants.CHUNK_INDEX, Integer.class);
        if (index != consumed.get() || !text(index).equals(chunk.getMessage().getBody(String.class))) {
            outOfOrder.incrementAndGet();
        }
        consumed.incrementAndGet();
    }

    /**
     * Every chunk arrived in order, the whole text is there, and the server was never further ahead of the route than
     * what may sit in between: the component's high watermark, the 64 KB read window of the transport, and both socket
     * buffers (which the kernel may double), with 64 KB to spare.
     */
    protected void assertServerBackedUp(String label, Exchange result, String wholeText) {
        int eventBytes = Sse.delta(text(0)).length();
        int bound = 256 + (64 * 1024 + 4 * SOCKET_BUFFER + 4 * SOCKET_BUFFER + 64 * 1024) / eventBytes;
        System.out.printf("%s: max lead %d events (bound %d, stream %d), consumed when the server finished %d%n",
                label, server.maxLead(), bound, EVENTS, server.consumedWhenDone());
        assertThat(result.getException()).isNull();
        assertThat(server.failure()).isNull();
        assertThat(consumed.get()).isEqualTo(EVENTS);
        assertThat(outOfOrder.get()).isZero();
        assertThat(wholeText).hasSize(EVENTS * TEXT_SIZE);
        assertThat(server.maxLead()).isLessThanOrEqualTo(bound);
        assertThat(server.consumedWhenDone()).isGreaterThanOrEqualTo(EVENTS - bound);
    }

    private static String text(int i) {
        String prefix = "[" + i + "]";
        return prefix + "x".repeat(TEXT_SIZE - prefix.length());
    }
}
