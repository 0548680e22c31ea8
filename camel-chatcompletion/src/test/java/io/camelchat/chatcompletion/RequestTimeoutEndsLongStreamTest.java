package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.PacedStream;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * requestTimeout: a stream that keeps sending data every 50 ms for 10 s outlives the 1 s deadline. The call fails with
 * a TIMEOUT ChatCompletionException carrying the text received so far.
 */
class RequestTimeoutEndsLongStreamTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=aggregate&requestTimeout=1000"
                            + "&baseUrl=" + server.baseUrl())
                        .to("mock:done");
            }
        };
    }

    @Test
    void streamLongerThanTheDeadlineTimesOut() throws Exception {
        server.enqueue(ScriptedResponse.sse(PacedStream.unfinished(200)).withDelayMs(50).thenStall(0));
        getMockEndpoint("mock:done").expectedMessageCount(0);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Count"));

        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getProviderMessage()).isEqualTo("requestTimeout of 1000 ms expired");
        assertThat(failure.getPartialContent()).startsWith("c0 c1 ");
        assertThat(String.join("", PacedStream.unfinishedTexts(200))).startsWith(failure.getPartialContent());
        assertThat(failure.getPartialContent()).doesNotContain("c199 ");
        getMockEndpoint("mock:done").assertIsSatisfied();
    }
}
