package io.camelchat.chatcompletion;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultExchange;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 calls in flight against a server that holds each answer 1 s: all finish together, and the component starts
 * almost no threads for them (no thread waits for a response).
 */
class ConcurrentCallsHoldNoThreadTest extends ChatCompletionTestSupport {

    private static final int CALLS = 200;

    @Test
    void twoHundredCallsCompleteTogetherWithoutAThreadEach() throws Exception {
        try (DelayedJsonServer server = new DelayedJsonServer(Bodies.envelope("pong"), 1000)) {
            ChatCompletionEndpoint endpoint = context.getEndpoint("chatcompletion:m?baseUrl=" + server.baseUrl()
                                                                  + "&maxConcurrentRequests=" + CALLS,
                    ChatCompletionEndpoint.class);
            Producer producer = endpoint.createProducer();
            producer.start();
            sendAndAwait((AsyncProcessor) producer, 1);

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long startedBefore = threads.getTotalStartedThreadCount();
            int peakBefore = threads.getPeakThreadCount();
            long start = System.nanoTime();
            List<Exchange> exchanges = sendAndAwait((AsyncProcessor) producer, CALLS);
            long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long startedDuring = threads.getTotalStartedThreadCount() - startedBefore;

            System.out.printf("200 concurrent calls: wall %d ms, threads started %d, peak threads %d (before %d)%n",
                    wallMillis, startedDuring, threads.getPeakThreadCount(), peakBefore);
            assertThat(exchanges).allSatisfy(e -> {
                assertThat(e.getException()).isNull();
                assertThat(e.getMessage().getBody()).isEqualTo("pong");
            });
            assertThat(wallMillis).isLessThan(15_000);
            assertThat(server.peakConcurrentRequests()).isGreaterThan(CALLS / 2);
            assertThat(startedDuring).isLessThan(20);
            producer.stop();
        }
    }

    private List<Exchange> sendAndAwait(AsyncProcessor producer, int count) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(count);
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("ping " + i);
            exchanges.add(exchange);
            producer.process(exchange, doneSync -> done.countDown());
        }
        assertThat(done.await(30, TimeUnit.SECONDS)).as("all exchanges completed").isTrue();
        return exchanges;
    }
}
