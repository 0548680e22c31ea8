package io.camelchat.chatcompletion.hardening;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward mode (chunkUri=direct:chunks) on a bounded executorService (1 thread, SynchronousQueue) with
 * maxConcurrentRequests=1 and 5 streams at once: every original exchange completes exactly once, with the whole text
 * or with an error saying the executor rejected it; afterwards one more stream on the same endpoint succeeds.
 */
@Timeout(60)
class ForwardModeBoundedExecutorTest extends HardeningTestSupport {

    private static final int STREAMS = 5;

    @BindToRegistry("oneThread")
    private final ThreadPoolExecutor oneThread =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new SynchronousQueue<>());
    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopAll() {
        server.close();
        oneThread.shutdownNow();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chunks").delay(5).syncDelayed().to("mock:chunk");
            }
        };
    }

    @Test
    void everyStreamCompletesOnce() throws Exception {
        server.respondWith(request -> ScriptedResponse.sse(Sse.answer("a", "b", "c", "d")).withDelayMs(10));
        ChatCompletionEndpoint endpoint = context.getEndpoint("chatcompletion:" + MODEL + "?baseUrl="
                + server.baseUrl() + "&stream=true&streamingMode=forward&chunkUri=direct:chunks"
                + "&executorService=#oneThread&maxConcurrentRequests=1&requestTimeout=10000",
                ChatCompletionEndpoint.class);
        Producer producer = endpoint.createProducer();
        producer.start();
        ExactlyOnce run = new ExactlyOnce();

        run.sendAll(context, (AsyncProcessor) producer, STREAMS, "stream");

        assertThat(waitFor(run::allCompleted, 20_000)).as("all streams completed within 20 s").isTrue();
        run.assertEachCompletedOnce();
        long ok = run.assertAnsweredOrRejected("abcd");
        System.out.printf("forward mode, 1-thread SynchronousQueue executor, %d streams: %d answered, %d rejected, "
                          + "%d requests%n", STREAMS, ok, STREAMS - ok, server.requestCount());

        Exchange later = template.request(endpoint, e -> e.getMessage().setBody("later"));
        assertThat(later.getException()).as("a later stream on the same endpoint").isNull();
        assertThat(later.getMessage().getBody()).isEqualTo("abcd");
        assertThat(server.requestCount()).isLessThanOrEqualTo(STREAMS + 1);
        producer.stop();
    }
}
