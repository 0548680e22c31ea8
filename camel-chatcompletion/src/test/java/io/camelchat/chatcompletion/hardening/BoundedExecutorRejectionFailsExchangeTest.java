package io.camelchat.chatcompletion.hardening;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded executorService (1 thread, SynchronousQueue: it rejects whatever finds its thread busy) with
 * maxConcurrentRequests=1 and 6 exchanges at once: every exchange completes exactly once, with the answer or with an
 * error saying the executor rejected it (each exchange's route works 200 ms on the executor's only thread after the
 * call, so a slot freed meanwhile finds the thread busy); afterwards one more exchange on the same endpoint succeeds; the server saw
 * no more requests than exchanges.
 */
@Timeout(60)
class BoundedExecutorRejectionFailsExchangeTest extends HardeningTestSupport {

    private static final int EXCHANGES = 6;
    /** What the route does after the call, on the executor's only thread: longer than the server's 100 ms. */
    private static final long ROUTE_WORK_MS = 200;

    @BindToRegistry("oneThread")
    private final ThreadPoolExecutor oneThread =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new SynchronousQueue<>());
    private final DelayedJsonServer server = new DelayedJsonServer(Bodies.openAi("answer"), 100);

    BoundedExecutorRejectionFailsExchangeTest() throws Exception {
    }

    @AfterEach
    void stopAll() {
        server.close();
        oneThread.shutdownNow();
    }

    @Test
    void everyExchangeCompletesOnce() throws Exception {
        ChatCompletionEndpoint endpoint = context.getEndpoint("chatcompletion:" + MODEL + "?baseUrl="
                + server.baseUrl() + "&executorService=#oneThread&maxConcurrentRequests=1&requestTimeout=10000",
                ChatCompletionEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        ExactlyOnce run = new ExactlyOnce();

        run.sendAll(context, (AsyncProcessor) producer, EXCHANGES, "ping", ROUTE_WORK_MS);

        assertThat(waitFor(run::allCompleted, 15_000)).as("all exchanges completed within 15 s").isTrue();
        run.assertEachCompletedOnce();
        long ok = run.assertAnsweredOrRejected("answer");
        System.out.printf("1-thread SynchronousQueue executor, 6 exchanges: %d answered, %d rejected, %d requests%n",
                ok, EXCHANGES - ok, server.requestCount());

        Exchange later = template.request(endpoint, e -> e.getMessage().setBody("later"));
        assertThat(later.getException()).as("a later exchange on the same endpoint").isNull();
        assertThat(later.getMessage().getBody()).isEqualTo("answer");
        assertThat(server.requestCount()).isLessThanOrEqualTo(EXCHANGES + 1);
        producer.stop();
    }
}
