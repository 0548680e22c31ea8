package io.camelchat.chatcompletion.resilience;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.testsupport.RecordedRequest;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With maxConcurrentRequests=1, exchange A gets a 429 asking for 1.5 s; exchange B, sent right after, takes the only
 * in-flight slot and completes while A waits, before A's retry is even sent.
 */
class RetryWaitHoldsNoSlotTest extends ResilienceTestSupport {

    @Test
    void anotherExchangeCompletesWhileTheRetryWaits() throws Exception {
        List<String> serverOrder = new CopyOnWriteArrayList<>();
        server.respondWith(request -> {
            String who = request.bodyAsString().contains("prompt A") ? "A" : "B";
            serverOrder.add(who);
            if (who.equals("A") && serverOrder.stream().filter("A"::equals).count() == 1) {
                return ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after-ms", "1500");
            }
            return ok("answer " + who);
        });
        ChatCompletionEndpoint endpoint = context.getEndpoint(uri("&maxConcurrentRequests=1"),
                ChatCompletionEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        AsyncProcessor processor = (AsyncProcessor) producer;
        List<String> completionOrder = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);

        Exchange a = new DefaultExchange(context);
        a.getMessage().setBody("prompt A");
        processor.process(a, sync -> {
            completionOrder.add("A at request " + server.requestCount());
            done.countDown();
        });
        Exchange b = new DefaultExchange(context);
        b.getMessage().setBody("prompt B");
        processor.process(b, sync -> {
            completionOrder.add("B at request " + server.requestCount());
            done.countDown();
        });

        assertThat(done.await(20, TimeUnit.SECONDS)).as("both exchanges completed").isTrue();
        producer.stop();
        System.out.println("server order " + serverOrder + ", completion order " + completionOrder);
        assertThat(a.getException()).isNull();
        assertThat(a.getMessage().getBody()).isEqualTo("answer A");
        assertThat(attempts(a)).isEqualTo(2);
        assertThat(b.getException()).isNull();
        assertThat(b.getMessage().getBody()).isEqualTo("answer B");
        assertThat(attempts(b)).isEqualTo(1);
        assertThat(serverOrder).containsExactly("A", "B", "A");
        // B completed when the server had seen 2 requests: A's retry (the 3rd) was not sent yet
        assertThat(completionOrder).containsExactly("B at request 2", "A at request 3");
        assertThat(server.requests()).extracting(RecordedRequest::bodyAsString)
                .satisfiesExactly(s -> assertThat(s).contains("prompt A"), s -> assertThat(s).contains("prompt B"),
                        s -> assertThat(s).contains("prompt A"));
    }
}
