package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.StreamingRouteTestSupport;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode: the server ignores stream=true and answers with a whole application/json completion. The split still
 * gets exactly one chunk holding the full text, and the split exchange ends with the final headers.
 */
class JsonAnswerToStreamingRequestYieldsOneChunkTest extends StreamingRouteTestSupport {

    @Test
    void wholeJsonAnswerBecomesOneChunk() throws Exception {
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("The whole answer")));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived("The whole answer");
        getMockEndpoint("mock:done").expectedMessageCount(1);

        Exchange result = template.send("direct:start", e -> e.getMessage().setBody("Hi"));

        MockEndpoint.assertIsSatisfied(context);
        assertThat(result.getException()).isNull();
        Message chunk = chunks.getReceivedExchanges().get(0).getMessage();
        assertThat(chunk.getHeader(ChatCompletionConstants.CHUNK_INDEX)).isEqualTo(0);
        assertThat(chunk.getHeader(ChatCompletionConstants.ID)).isEqualTo("chatcmpl-123");
        assertThat(chunk.getHeader(ChatCompletionConstants.RESPONSE_MODEL)).isEqualTo("gpt-3.5-turbo-0613");
        Message split = getMockEndpoint("mock:done").getReceivedExchanges().get(0).getMessage();
        assertThat(split.getHeader(ChatCompletionConstants.CONTENT)).isEqualTo("The whole answer");
        assertThat(split.getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
        assertThat(split.getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(21);
    }
}
