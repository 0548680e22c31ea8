package io.camelchat.chatcompletion;

import java.util.List;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: a streaming split turns the body into one exchange per text chunk, in order, each with its index; the
 * split exchange then holds the final headers and the whole text.
 */
class StreamChunksSplitTest extends ReplayServerTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .toD("chatcompletion:gpt-4o?stream=true&baseUrl=" + server.baseUrl())
                        .split(body()).streaming()
                            .to("mock:chunk")
                        .end()
                        .to("mock:done");
            }
        };
    }

    @Test
    void eachTextChunkBecomesItsOwnExchangeInOrder() throws Exception {
        server.enqueue(ScriptedResponse.sse(
                "data: {\"id\":\"c1\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n",
                "data: {\"id\":\"c1\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n",
                "data: {\"id\":\"c1\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\n\n",
                "data: {\"id\":\"c1\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n",
                "data: {\"id\":\"c1\",\"model\":\"gpt-4o\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}\n\n",
                "data: [DONE]\n\n").withDelayMs(20));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived("Hel", "lo");
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        template.sendBody("direct:start", "Hello?");

        MockEndpoint.assertIsSatisfied(context);
        List<Exchange> received = chunks.getReceivedExchanges();
        assertThat(received.get(0).getMessage().getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(0);
        assertThat(received.get(1).getMessage().getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(1);
        assertThat(received.get(1).getMessage().getHeader(ChatCompletionConstants.ID)).isEqualTo("c1");
        Exchange split = done.getReceivedExchanges().get(0);
        assertThat(split.getMessage().getHeader(ChatCompletionConstants.CONTENT)).isEqualTo("Hello");
        assertThat(split.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(split.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(5);
        assertThat(server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS).bodyAsString())
                .contains("\"stream\":true").contains("\"stream_options\":{\"include_usage\":true}");
    }
}
