package io.camelchat.chatcompletion.resilience;

import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: once a chunk has gone down the route, a reset is not retried (the route would see the text twice); the
 * exchange fails with the text delivered so far, after exactly one request.
 */
class ResetAfterFirstChunkNotRetriedTest extends ResilienceTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:chunks")
                        .toD("chatcompletion:" + MODEL + "?stream=true&streamingMode=chunks&retryInitialDelay=50"
                             + "&baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    @Test
    void aResetAfterTheFirstChunkFailsWithThePartialText() throws Exception {
        // the unfinished last event is written 100 ms after the chunks, so they are read before the reset arrives
        server.enqueue(ScriptedResponse.sse(sseChunk("Hel"), sseChunk("lo"), "data: {\"id\":\"c1\",\"cho")
                        .withDelayMs(100).thenReset())
                .enqueue(ok("never reached"));

        Exchange result = template.request("direct:chunks", e -> e.getMessage().setBody("Hello?"));

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TRANSPORT);
        assertThat(failure.isRetryable()).isTrue();
        assertThat(failure.getPartialContent()).isEqualTo("Hello");
        List<String> chunks = getMockEndpoint("mock:chunk").getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(String.class)).toList();
        assertThat(chunks).containsExactly("Hel", "lo");
        assertThat(getMockEndpoint("mock:done").getReceivedCounter()).isZero();
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
