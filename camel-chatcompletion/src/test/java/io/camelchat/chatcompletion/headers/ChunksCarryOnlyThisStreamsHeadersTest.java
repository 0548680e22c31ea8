package io.camelchat.chatcompletion.headers;

import java.util.List;
import java.util.Map;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.support.StreamingRouteTestSupport;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chunks mode, on an exchange that still carries the answer headers of an earlier call: the chunk exchanges carry
 * only this stream's headers, and after a retry before the first chunk the split exchange reports both attempts.
 */
class ChunksCarryOnlyThisStreamsHeadersTest extends StreamingRouteTestSupport {

    private static final String ROLE = "data: {\"id\":\"new\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n";

    @Override
    protected String endpointOptions() {
        return "&maxRetries=1&retryInitialDelay=10";
    }

    @Test
    void staleHeadersAreGoneAndAttemptsCountTheRetry() throws Exception {
        server.enqueue(ScriptedResponse.sse(ROLE).thenReset());
        server.enqueue(ScriptedResponse.sse(ROLE,
                "data: {\"id\":\"new\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"one \"}}]}\n\n",
                "data: {\"id\":\"new\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"two\"}}]}\n\n",
                "data: {\"id\":\"new\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\n",
                "data: [DONE]\n\n"));
        MockEndpoint chunks = getMockEndpoint("mock:chunk");
        chunks.expectedBodiesReceived("one ", "two");
        MockEndpoint done = getMockEndpoint("mock:done");
        done.expectedMessageCount(1);

        template.sendBodyAndHeaders("direct:start", "Count", Map.of(
                ChatCompletionConstants.FINISH_REASON, "stop", ChatCompletionConstants.ID, "old",
                ChatCompletionConstants.TOTAL_TOKENS, 99, ChatCompletionConstants.ATTEMPTS, 7));

        MockEndpoint.assertIsSatisfied(context);
        List<Exchange> received = chunks.getReceivedExchanges();
        assertThat(received).allSatisfy(chunk -> {
            Message message = chunk.getMessage();
            assertThat(message.getHeader(ChatCompletionConstants.FINISH_REASON)).isNull();
            assertThat(message.getHeader(ChatCompletionConstants.ID)).isEqualTo("new");
            assertThat(message.getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isNull();
        });
        Message split = done.getReceivedExchanges().get(0).getMessage();
        assertThat(split.getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("length");
        assertThat(split.getHeader(ChatCompletionConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
