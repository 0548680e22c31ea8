package io.camelchat.chatcompletion.resilience;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stream stops mid-way and the connection stays open: idleTimeout fails the exchange with TIMEOUT, carrying the
 * text delivered so far, without a retry (the chunks already reached the route), idleTimeout after the last chunk
 * even when firstTokenTimeout is longer.
 */
class StallMidStreamIdleTimeoutTest extends ResilienceTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chunks")
                        .toD("chatcompletion:" + MODEL + "?stream=true&firstTokenTimeout=10000&idleTimeout=400&retryInitialDelay=50"
                             + "&baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    @Test
    void idleTimeoutFailsWithThePartialText() throws Exception {
        server.enqueue(ScriptedResponse.sse(sseChunk("Hel"), sseChunk("lo")).withDelayMs(20).thenStall(0))
                .enqueue(ok("never reached"));

        long start = System.nanoTime();
        Exchange result = template.request("direct:chunks", e -> e.getMessage().setBody("Hello?"));
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getProviderMessage()).isEqualTo("idleTimeout of 400 ms expired");
        assertThat(failure.getPartialContent()).isEqualTo("Hello");
        assertThat(getMockEndpoint("mock:chunk").getReceivedCounter()).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(1);
        // the stall is caught idleTimeout after the last chunk, not when the 10 s firstTokenTimeout would expire
        System.out.printf("stall after 2 chunks, idleTimeout=400, firstTokenTimeout=10000: failed after %d ms%n",
                elapsedMs);
        assertThat(elapsedMs).isLessThan(5000);
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("connection closed").isTrue();
    }
}
