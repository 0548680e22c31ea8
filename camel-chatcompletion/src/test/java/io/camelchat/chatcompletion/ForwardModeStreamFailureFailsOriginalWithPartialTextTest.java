package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward mode: three chunks then an error event. The three chunks are forwarded, then the original exchange fails
 * with the ChatCompletionException carrying their text.
 */
class ForwardModeStreamFailureFailsOriginalWithPartialTextTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=forward&chunkUri=direct:chunks"
                            + "&baseUrl=" + server.baseUrl())
                        .to("mock:done");
                from("direct:chunks")
                        .to("mock:chunk");
            }
        };
    }

    @Test
    void errorEventFailsTheOriginalAfterTheChunks() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.role(), Sse.delta("x"), Sse.delta("y"), Sse.delta("z"),
                Sse.error("backend crashed")).withDelayMs(10));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("x", "y", "z");
        getMockEndpoint("mock:done").expectedMessageCount(0);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("xyz"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INLINE);
        assertThat(failure.getProviderMessage()).isEqualTo("backend crashed");
        assertThat(failure.getPartialContent()).isEqualTo("xyz");
    }
}
