package io.camelchat.chatcompletion;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelchat.chatcompletion.support.PacedSseServer;
import io.camelchat.chatcompletion.support.Sse;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward mode: 200 streams at once, each 20 chunks paced 20 ms apart by a non-blocking server, forwarded to
 * direct:chunks. All complete with the right text, every chunk reaches the chunk route in order, and the component
 * starts no thread per stream.
 */
class ForwardModeTwoHundredStreamsStartNoThreadPerStreamTest extends ChatCompletionTestSupport {

    private static final int STREAMS = 200;
    private static final int CHUNKS = 20;
    private static final Pattern STREAM_NO = Pattern.compile("stream (\\d+)");

    private final Map<Integer, StringBuilder> forwarded = new ConcurrentHashMap<>();
    private PacedSseServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chunks")
                        .process(e -> {
                            StringBuilder text = forwarded.computeIfAbsent(
                                    e.getMessage().getHeader("streamNo", Integer.class), k -> new StringBuilder());
                            synchronized (text) {
                                text.append(e.getMessage().getBody(String.class));
                            }
                        });
            }
        };
    }

    @Test
    void twoHundredForwardStreamsWithoutAThreadEach() throws Exception {
        server = new PacedSseServer(pacedEvents(), 20);
        ChatCompletionEndpoint endpoint = context.getEndpoint("chatcompletion:m?stream=true&streamingMode=forward"
                                                              + "&chunkUri=direct:chunks&maxConcurrentRequests=" + STREAMS
                                                              + "&baseUrl=" + server.baseUrl(),
                ChatCompletionEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        List<Exchange> warmUp = sendAndAwait((AsyncProcessor) producer, -1, 1);
        assertThat(warmUp.get(0).getException()).isNull();
        forwarded.clear();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startedBefore = threads.getTotalStartedThreadCount();
        long start = System.nanoTime();
        List<Exchange> exchanges = sendAndAwait((AsyncProcessor) producer, 0, STREAMS);
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long startedDuring = threads.getTotalStartedThreadCount() - startedBefore;

        System.out.printf("%d forward streams x %d chunks: wall %d ms, threads started %d, peak concurrent streams %d%n",
                STREAMS, CHUNKS, wallMillis, startedDuring, server.peakConcurrentRequests());
        for (int i = 0; i < STREAMS; i++) {
            Exchange exchange = exchanges.get(i);
            assertThat(exchange.getException()).as("stream %d", i).isNull();
            assertThat(exchange.getMessage().getBody()).as("stream %d", i).isEqualTo(expectedText(i));
            assertThat(forwarded.get(i)).as("chunks forwarded for stream %d", i).isNotNull();
            assertThat(forwarded.get(i).toString()).as("chunks forwarded for stream %d", i).isEqualTo(expectedText(i));
        }
        assertThat(server.peakConcurrentRequests()).isGreaterThan(STREAMS / 2);
        assertThat(startedDuring).isLessThan(30);
        assertThat(wallMillis).isLessThan(30_000);
        producer.stop();
    }

    private static java.util.function.Function<String, List<String>> pacedEvents() {
        return requestBody -> {
            Matcher m = STREAM_NO.matcher(requestBody);
            int stream = m.find() ? Integer.parseInt(m.group(1)) : -1;
            List<String> events = new ArrayList<>();
            events.add(Sse.role());
            for (int j = 0; j < CHUNKS; j++) {
                events.add(Sse.delta("s" + stream + "c" + j + " "));
            }
            events.add(Sse.finish("stop"));
            events.add(Sse.done());
            return events;
        };
    }

    private static String expectedText(int stream) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < CHUNKS; j++) {
            text.append("s").append(stream).append("c").append(j).append(" ");
        }
        return text.toString();
    }

    private List<Exchange> sendAndAwait(AsyncProcessor producer, int firstStream, int count)
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(count);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int stream = firstStream < 0 ? -1 : firstStream + i;
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("stream " + stream);
            exchange.getMessage().setHeader("streamNo", stream);
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
        }
        assertThat(done.await(60, TimeUnit.SECONDS)).as("all exchanges completed").isTrue();
        return exchanges;
    }
}
