package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.http.SharedClients;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route continues on the component's executor, not on an HTTP client I/O thread: a step that blocks for 4 s on
 * one exchange does not delay the other exchanges in flight.
 */
class SlowRouteStepDoesNotStallOtherCallsTest extends ChatCompletionTestSupport {

    private static final int OTHERS = 30;

    @Test
    void otherExchangesFinishWhileOneRouteStepBlocks() throws Exception {
        try (DelayedJsonServer server = new DelayedJsonServer(Bodies.envelope("pong"), 100)) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").routeId("in")
                            .to("chatcompletion:m?baseUrl=" + server.baseUrl())
                            .process(e -> {
                                if (e.getMessage().getHeader("slow", false, Boolean.class)) {
                                    Thread.sleep(4000);
                                }
                            });
                }
            });
            AsyncProcessor route = (AsyncProcessor) context.getRoute("in").getConsumer().getProcessor();
            Map<Integer, Long> finishedAt = new ConcurrentHashMap<>();
            Queue<String> finishedOn = new ConcurrentLinkedQueue<>();
            CountDownLatch done = new CountDownLatch(OTHERS + 1);
            for (int i = 0; i <= OTHERS; i++) {
                int id = i;
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody("ping");
                exchange.getMessage().setHeader("slow", id == 0);
                route.process(exchange, doneSync -> {
                    finishedAt.put(id, System.nanoTime());
                    finishedOn.add(Thread.currentThread().getName());
                    done.countDown();
                });
            }
            assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();

            long slowFinished = finishedAt.get(0);
            long lastOtherFinished = finishedAt.entrySet().stream().filter(e -> e.getKey() != 0)
                    .mapToLong(Map.Entry::getValue).max().orElseThrow();
            assertThat(finishedOn).as("no exchange continued on an HTTP client I/O thread")
                    .noneMatch(name -> name.startsWith(SharedClients.IO_THREAD_PREFIX));
            assertThat(TimeUnit.NANOSECONDS.toMillis(slowFinished - lastOtherFinished))
                    .as("the others finished well before the blocked exchange").isGreaterThan(1000);
        }
    }
}
