package io.camelchat.chatcompletion;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelchat.chatcompletion.support.LeadMeasuringSseServer;
import io.camelchat.chatcompletion.support.Sse;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backpressure, forward mode: the server writes a long stream (1,500 events of 1 KB) as fast as the socket takes it
 * while the chunk route (direct:chunks) takes 5 ms per chunk. The component stops reading while its queue is full, so
 * the server's writes back up: the server is never more than a bounded number of events ahead of the chunk route
 * (what the component buffers plus the small socket buffers), far below the whole stream; every chunk still arrives,
 * in order, and the original exchange ends with the whole text.
 */
class ForwardModeSlowChunkRouteBoundsBufferedChunksTest extends ChatCompletionTestSupport {

    private static final int EVENTS = 1_500;
    private static final int TEXT_SIZE = 1_000;
    private static final int SOCKET_BUFFER = 16 * 1024;

    private final AtomicInteger consumed = new AtomicInteger();
    private final AtomicInteger outOfOrder = new AtomicInteger();
    private final LeadMeasuringSseServer server;

    @BindToRegistry("smallBufferClient")
    private final CloseableHttpAsyncClient client;

    ForwardModeSlowChunkRouteBoundsBufferedChunksTest() throws Exception {
        List<String> events = new ArrayList<>();
        events.add(Sse.role());
        for (int i = 0; i < EVENTS; i++) {
            events.add(Sse.delta(text(i)));
        }
        events.add(Sse.finish("stop"));
        events.add(Sse.done());
        server = new LeadMeasuringSseServer(events, SOCKET_BUFFER, consumed::get);
        // explicit socket buffers, so that the kernel's receive-buffer auto-tuning (up to tens of MB on loopback)
        // cannot hide what the component itself buffers
        client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).setRcvBufSize(SOCKET_BUFFER).build())
                .disableAutomaticRetries()
                .build();
        client.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
        client.close(CloseMode.IMMEDIATE);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=forward&chunkUri=direct:chunks"
                            + "&httpClient=#smallBufferClient&baseUrl=" + server.baseUrl());
                from("direct:chunks")
                        .delay(5).syncDelayed()
                        .process(e -> {
                            int index = e.getMessage().getHeader(ChatCompletionConstants.CHUNK_INDEX, Integer.class);
                            if (index != consumed.get() || !text(index).equals(e.getMessage().getBody(String.class))) {
                                outOfOrder.incrementAndGet();
                            }
                            consumed.incrementAndGet();
                        });
            }
        };
    }

    @Test
    void serverWritesBackUpBehindTheSlowChunkRoute() throws Exception {
        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Write a lot"));

        int eventBytes = Sse.delta(text(0)).length();
        // what may sit between the server's write and the route: the component's high watermark, the 64 KB read
        // window of the transport, and both socket buffers (which the kernel may double), with 64 KB to spare
        int bound = 256 + (64 * 1024 + 4 * SOCKET_BUFFER + 4 * SOCKET_BUFFER + 64 * 1024) / eventBytes;
        System.out.printf("forward backpressure: max lead %d events (bound %d, stream %d), consumed when the server finished %d%n",
                server.maxLead(), bound, EVENTS, server.consumedWhenDone());
        assertThat(result.getException()).isNull();
        assertThat(server.failure()).isNull();
        assertThat(consumed.get()).isEqualTo(EVENTS);
        assertThat(outOfOrder.get()).isZero();
        assertThat(result.getMessage().getBody(String.class)).hasSize(EVENTS * TEXT_SIZE);
        assertThat(server.maxLead()).isLessThanOrEqualTo(bound);
        assertThat(server.consumedWhenDone()).isGreaterThanOrEqualTo(EVENTS - bound);
    }

    private static String text(int i) {
        String prefix = "[" + i + "]";
        return prefix + "x".repeat(TEXT_SIZE - prefix.length());
    }
}
