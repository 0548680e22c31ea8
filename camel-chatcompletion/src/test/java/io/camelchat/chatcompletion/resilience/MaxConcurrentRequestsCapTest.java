package io.camelchat.chatcompletion.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** maxConcurrentRequests=4 and 40 exchanges at once: the server never holds more than 4 requests, and all complete. */
class MaxConcurrentRequestsCapTest extends ResilienceTestSupport {

    private static final int CAP = 4;
    private static final int EXCHANGES = 40;

    @Test
    void theServerNeverSeesMoreThanTheCap() throws Exception {
        try (DelayedJsonServer slow = new DelayedJsonServer(Bodies.openAi("capped"), 100)) {
            ChatCompletionEndpoint endpoint = context.getEndpoint("chatcompletion:" + MODEL + "?baseUrl="
                                                                  + slow.baseUrl() + "&maxConcurrentRequests=" + CAP,
                    ChatCompletionEndpoint.class);
            Producer producer = endpoint.createProducer();
            producer.start();
            CountDownLatch done = new CountDownLatch(EXCHANGES);
            List<Exchange> exchanges = new ArrayList<>();
            for (int i = 0; i < EXCHANGES; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody("ping " + i);
                exchanges.add(exchange);
                ((AsyncProcessor) producer).process(exchange, sync -> done.countDown());
            }

            assertThat(done.await(30, TimeUnit.SECONDS)).as("all exchanges completed").isTrue();
            producer.stop();
            System.out.printf("maxConcurrentRequests=%d, %d exchanges: server-side peak %d, requests %d%n", CAP,
                    EXCHANGES, slow.peakConcurrentRequests(), slow.requestCount());
            assertThat(exchanges).allSatisfy(e -> {
                assertThat(e.getException()).isNull();
                assertThat(e.getMessage().getBody()).isEqualTo("capped");
            });
            assertThat(slow.requestCount()).isEqualTo(EXCHANGES);
            assertThat(slow.peakConcurrentRequests()).isBetween(1, CAP);
        }
    }
}
