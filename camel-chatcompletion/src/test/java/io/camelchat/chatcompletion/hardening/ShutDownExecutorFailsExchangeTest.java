package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.http.SharedClients;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user executorService that is shut down before the call: the exchange fails exactly once with an error naming the
 * executor, and the route never continues on an HttpClient I/O thread ({@code requester-dispatch*}) nor on the
 * component's timer thread ({@code ChatCompletionTimer}).
 */
@Timeout(30)
class ShutDownExecutorFailsExchangeTest extends HardeningTestSupport {

    @BindToRegistry("deadPool")
    private final ExecutorService deadPool = Executors.newSingleThreadExecutor();
    private final DelayedJsonServer server = new DelayedJsonServer(Bodies.openAi("answer"), 50);
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    ShutDownExecutorFailsExchangeTest() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true)
                        .process(e -> outcomes.add("failed on " + Thread.currentThread().getName() + ": "
                                                   + e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)
                                                           .getMessage()));
                from("direct:start")
                        .to("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl()
                            + "&executorService=#deadPool&requestTimeout=5000")
                        .process(e -> outcomes.add("continued on " + Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void failsClearlyOnARouteThread() throws Exception {
        deadPool.shutdownNow();

        template.send("direct:start", e -> e.getMessage().setBody("Hi"));
        Thread.sleep(500); // a second completion would come now

        System.out.println("outcomes with a shut-down executor: " + outcomes);
        assertThat(outcomes).as("the exchange completed exactly once").hasSize(1);
        String outcome = outcomes.get(0);
        assertThat(outcome).doesNotContain(SharedClients.IO_THREAD_PREFIX).doesNotContain("httpclient-dispatch")
                .doesNotContain("ChatCompletionTimer");
        assertThat(outcome).startsWith("failed on ").containsIgnoringCase("executor");
    }
}
