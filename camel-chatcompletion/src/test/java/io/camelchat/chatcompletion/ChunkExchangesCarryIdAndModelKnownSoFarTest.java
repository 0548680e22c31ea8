package io.camelchat.chatcompletion;

import java.util.List;

import io.camelchat.chatcompletion.support.StreamingRouteTestSupport;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: each chunk exchange's body is its delta text and carries its index (counting only non-empty chunks)
 * and the id and model known at that point of the stream, plus the original headers; the split exchange ends with
 * the whole text.
 */
class ChunkExchangesCarryIdAndModelKnownSoFarTest extends StreamingRouteTestSupport {

    @Test
    void chunkHeadersGrowAsTheStreamRevealsIdAndModel() throws Exception {
        server.enqueue(ScriptedResponse.sse(
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"one \"}}]}\n\n",
                "data: {\"id\":\"c-7\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"}}]}\n\n",
                "data: {\"id\":\"c-7\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"two \"}}]}\n\n",
                "data: {\"id\":\"c-7\",\"model\":\"m-9\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"three\"}}]}\n\n",
                "data: {\"id\":\"c-7\",\"model\":\"m-9\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n",
                "data: [DONE]\n\n").withDelayMs(10));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived("one ", "two ", "three");
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:start", "Count to three", "traceId", "t-42");

        MockEndpoint.assertIsSatisfied(context);
        List<Exchange> received = chunks.getReceivedExchanges();
        Message first = received.get(0).getMessage();
        Message second = received.get(1).getMessage();
        Message third = received.get(2).getMessage();
        assertThat(first.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(0);
        assertThat(second.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(1);
        assertThat(third.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(2);
        assertThat(first.getHeader(ChatCompletionConstants.ID)).isNull();
        assertThat(first.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isNull();
        assertThat(second.getHeader(ChatCompletionConstants.ID)).isEqualTo("c-7");
        assertThat(second.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isNull();
        assertThat(third.getHeader(ChatCompletionConstants.ID)).isEqualTo("c-7");
        assertThat(third.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo("m-9");
        assertThat(received).allSatisfy(e -> assertThat(e.getMessage().getHeader("traceId")).isEqualTo("t-42"));

        Message split = done.getReceivedExchanges().get(0).getMessage();
        assertThat(split.getHeader(ChatCompletionConstants.CONTENT)).isEqualTo("one two three");
        assertThat(split.getHeader(ChatCompletionConstants.ID)).isEqualTo("c-7");
        assertThat(split.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo("m-9");
        assertThat(split.getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(split.getHeader(ChatCompletionConstants.HTTP_RESPONSE_CODE)).isEqualTo(200);
    }
}
