package io.camelchat.chatcompletion;

import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Sse;
import io.camelchat.chatcompletion.testsupport.RecordedRequest;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint without stream=true streams when the exchange has CamelChatCompletionStream=true: the request asks for
 * a stream (with usage) and the split gets the chunks.
 */
class StreamHeaderStreamsOnNonStreamingEndpointTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .to("chatcompletion:gpt-4o?baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    @Test
    void headerTurnsStreamingOn() throws Exception {
        server.enqueue(ScriptedResponse.sse(Sse.answer("str", "eamed")).withDelayMs(10));
        getMockEndpoint("mock:chunk").expectedBodiesReceived("str", "eamed");
        getMockEndpoint("mock:done").expectedHeaderReceived(ChatCompletionConstants.CONTENT, "streamed");

        template.sendBodyAndHeader("direct:start", "Hi", ChatCompletionConstants.STREAM, true);

        MockEndpoint.assertIsSatisfied(context);
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.bodyAsString()).contains("\"stream\":true")
                .contains("\"stream_options\":{\"include_usage\":true}");
        assertThat(request.header("Accept")).isEqualTo("text/event-stream");
    }
}
