package io.camelchat.chatcompletion.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the context while 20 exchanges are in flight (10 waiting on a silent server, 10 queued for an in-flight
 * slot) completes every one of them exactly once, with an error, within the shutdown timeout.
 */
class ContextStopCompletesInFlightTest extends ResilienceTestSupport {

    private static final int EXCHANGES = 20;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").routeId("chat")
                        .to("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl() + "&maxConcurrentRequests=10");
            }
        };
    }

    @Test
    void everyInFlightExchangeCompletesOnce() throws Exception {
        server.respondWith(request -> silence());
        context.getShutdownStrategy().setTimeout(2);
        AsyncProducer producer = context.getEndpoint("direct:start").createAsyncProducer();
        producer.start();
        Map<String, AtomicInteger> callbacks = new ConcurrentHashMap<>();
        List<Exchange> exchanges = new ArrayList<>();
        for (int i = 0; i < EXCHANGES; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("ping " + i);
            exchanges.add(exchange);
            callbacks.put(exchange.getExchangeId(), new AtomicInteger());
            producer.process(exchange, sync -> callbacks.get(exchange.getExchangeId()).incrementAndGet());
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> server.requestCount() == 10);

        long start = System.nanoTime();
        context.stop();
        long stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int calledBeforeStopReturned = (int) callbacks.values().stream().filter(count -> count.get() > 0).count();

        System.out.printf("context.stop() with %d exchanges in flight (shutdown timeout 2 s) took %d ms; "
                          + "%d callbacks called before it returned; exceptions: %s%n", EXCHANGES, stopMillis,
                calledBeforeStopReturned,
                exchanges.stream().map(e -> String.valueOf(e.getException())).distinct().toList());
        await().atMost(5, TimeUnit.SECONDS)
                .until(() -> callbacks.values().stream().allMatch(count -> count.get() >= 1));
        assertThat(callbacks.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(exchanges).allSatisfy(e -> assertThat(e.getException()).isNotNull());
        assertThat(stopMillis).isLessThan(15_000);
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("connections closed").isTrue();
        assertThat(server.requestCount()).isEqualTo(10);
    }
}
