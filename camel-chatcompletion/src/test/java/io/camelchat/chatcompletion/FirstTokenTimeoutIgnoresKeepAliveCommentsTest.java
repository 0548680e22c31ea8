package io.camelchat.chatcompletion;

import java.util.Collections;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * firstTokenTimeout: the server answers 200 and then sends only keep-alive comments, every 100 ms, never data.
 * Comments do not count as tokens, so the timeout fires with a TIMEOUT failure and no partial text.
 */
class FirstTokenTimeoutIgnoresKeepAliveCommentsTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=aggregate&firstTokenTimeout=500"
                            + "&baseUrl=" + server.baseUrl())
                        .to("mock:done");
            }
        };
    }

    @Test
    void commentsOnlyStreamTimesOut() throws Exception {
        // 10 s of comments, then silence
        server.enqueue(ScriptedResponse.sse(Collections.nCopies(100, Sse.keepAlive()).toArray(String[]::new))
                .withDelayMs(100).thenStall(0));
        getMockEndpoint("mock:done").expectedMessageCount(0);

        long start = System.nanoTime();
        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Hi"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getProviderMessage()).isEqualTo("firstTokenTimeout of 500 ms expired");
        assertThat(failure.getHttpStatus()).as("the head and comments had arrived").isEqualTo(200);
        assertThat(failure.getPartialContent()).isEmpty();
        assertThat(elapsedMs).as("fired long before the comments stopped").isBetween(450L, 8_000L);
        getMockEndpoint("mock:done").assertIsSatisfied();
    }
}
