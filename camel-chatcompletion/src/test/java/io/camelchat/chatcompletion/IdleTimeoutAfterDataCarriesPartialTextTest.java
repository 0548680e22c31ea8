package io.camelchat.chatcompletion;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.support.StreamingRouteTestSupport;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * idleTimeout, chunks mode: two chunks, then silence. The chunks reach the split, then the split fails with a TIMEOUT
 * ChatCompletionException carrying their text.
 */
class IdleTimeoutAfterDataCarriesPartialTextTest extends StreamingRouteTestSupport {

    @Override
    protected String endpointOptions() {
        return "&idleTimeout=500";
    }

    @Test
    void silenceAfterDataTimesOut() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.role(), Sse.delta("Hel"), Sse.delta("lo")).withDelayMs(20)
                .thenStall(0));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("Hel", "lo");
        getMockEndpoint("mock:done").expectedMessageCount(0);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Hi"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        assertThat(failure.getProviderMessage()).isEqualTo("idleTimeout of 500 ms expired");
        assertThat(failure.getPartialContent()).isEqualTo("Hello");
        assertThat(failure.getFinishReason()).isNull();
        assertThat(server.awaitOpenConnections(0, 5, TimeUnit.SECONDS)).as("stream closed by the client").isTrue();
    }
}
