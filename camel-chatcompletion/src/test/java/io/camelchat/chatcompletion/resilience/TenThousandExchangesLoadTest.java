package io.camelchat.chatcompletion.resilience;

import io.camelchat.chatcompletion.http.SharedClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 10,000 exchanges through one endpoint (maxRetries=2, maxConcurrentRequests=100) against a server that answers, by
 * request number, 5% 429 with retry-after-ms 20, 5% 503, 1% a connection reset and the rest a success. Every exchange
 * completes exactly once, with a result or a ChatCompletionException; after the context stops, no connection is open
 * on the server and no component thread is left.
 */
class TenThousandExchangesLoadTest extends ResilienceTestSupport {

    private static final int EXCHANGES = 10_000;

    @Test
    void everyExchangeCompletesExactlyOnceAndNothingLeaks() throws Exception {
        AtomicInteger served429 = new AtomicInteger();
        AtomicInteger served503 = new AtomicInteger();
        AtomicInteger servedReset = new AtomicInteger();
        ScriptedResponse tooMany = ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after-ms", "20");
        ScriptedResponse busy = ScriptedResponse.json(503, SERVER_BUSY);
        ScriptedResponse success = ok("pong");
        script(n -> {
            int slot = n % 100;
            if (slot < 5) {
                served429.incrementAndGet();
                return tooMany;
            } else if (slot < 10) {
                served503.incrementAndGet();
                return busy;
            } else if (slot == 10) {
                servedReset.incrementAndGet();
                return resetBeforeFirstByte();
            }
            return success;
        });
        ChatCompletionEndpoint endpoint = context.getEndpoint(uri("&maxRetries=2&maxConcurrentRequests=100"),
                ChatCompletionEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        AsyncProcessor processor = (AsyncProcessor) producer;

        Map<String, AtomicInteger> callbacks = new ConcurrentHashMap<>(EXCHANGES * 2);
        List<Exchange> exchanges = new ArrayList<>(EXCHANGES);
        CountDownLatch done = new CountDownLatch(EXCHANGES);
        long start = System.nanoTime();
        for (int i = 0; i < EXCHANGES; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("ping " + i);
            exchanges.add(exchange);
            AtomicInteger count = new AtomicInteger();
            callbacks.put(exchange.getExchangeId(), count);
            processor.process(exchange, sync -> {
                count.incrementAndGet();
                done.countDown();
            });
        }
        boolean allDone = done.await(50, TimeUnit.SECONDS);
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        int completed = 0;
        int failed = 0;
        int other = 0;
        long attempts = 0;
        for (Exchange exchange : exchanges) {
            Exception e = exchange.getException();
            if (e == null && "pong".equals(exchange.getMessage().getBody())) {
                completed++;
            } else if (e instanceof ChatCompletionException) {
                failed++;
            } else {
                other++;
            }
            attempts += exchange.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS, 0, Integer.class);
        }
        System.out.printf("load: sent %d, completed %d, failed %d, other %d, attempts %d, server requests %d "
                          + "(429: %d, 503: %d, reset: %d), peak open connections %d, wall %d ms%n",
                EXCHANGES, completed, failed, other, attempts, server.requestCount(), served429.get(),
                served503.get(), servedReset.get(), server.peakOpenConnections(), wallMillis);

        assertThat(allDone).as("all exchanges completed within 50 s").isTrue();
        assertThat(callbacks).hasSize(EXCHANGES);
        assertThat(callbacks.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(other).isZero();
        assertThat(completed + failed).isEqualTo(EXCHANGES);
        assertThat(attempts).isEqualTo(server.requestCount());

        producer.stop();
        context.stop();
        assertThat(server.awaitOpenConnections(0, 10, TimeUnit.SECONDS)).as("no connection left open").isTrue();
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(componentThreads()).isEmpty());
        assertThat(callbacks.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    private static List<String> componentThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith(SharedClients.IO_THREAD_PREFIX) || name.contains("ChatCompletion")).toList();
    }
}
