package io.camelchat.chatcompletion;

import java.util.Iterator;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: the server answers a streaming request with HTTP 200 and an application/json envelope saying
 * success:false. The answer takes the non-streaming path: the exchange fails with kind ENVELOPE, and no chunk
 * iterator ever reaches the route.
 */
class JsonEnvelopeFailureToStreamingRequestFailsWithoutIteratorTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl())
                        .to("mock:afterCall")
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end();
            }
        };
    }

    @Test
    void envelopeFailureFailsTheExchange() throws Exception {
        server.enqueue(ScriptedResponse.json(200,
                "{\"success\":false,\"code\":\"40031\",\"message\":\"quota exhausted\",\"data\":null}"));
        getMockEndpoint("mock:afterCall").expectedMessageCount(0);
        getMockEndpoint("mock:chunk").expectedMessageCount(0);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Hi"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.ENVELOPE);
        assertThat(failure.getHttpStatus()).isEqualTo(200);
        assertThat(failure.getErrorCode()).isEqualTo("40031");
        assertThat(failure.getProviderMessage()).isEqualTo("quota exhausted");
        assertThat(result.getMessage().getBody()).isNotInstanceOf(Iterator.class);
    }
}
