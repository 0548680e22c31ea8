package io.camelchat.chatcompletion;

import java.util.Map;
import java.util.TreeMap;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * streamingMode=aggregate: the route gets one exchange with exactly the body and headers that the same answer gives
 * without streaming.
 */
class AggregateModeMatchesNonStreamingAnswerTest extends ReplayServerTestSupport {

    private static final String ID = "chatcmpl-123";
    private static final String MODEL = "gpt-3.5-turbo-0613";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:plain")
                        .to("chatcompletion:gpt-4o?baseUrl=" + server.baseUrl());
                from("direct:streamed")
                        .to("chatcompletion:gpt-4o?stream=true&streamingMode=aggregate&baseUrl=" + server.baseUrl());
            }
        };
    }

    @Test
    void streamedAndPlainAnswersMapAlike() throws Exception {
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("Hello there")));
        server.enqueue(ScriptedResponse.sse(
                chunk("{\"role\":\"assistant\",\"content\":\"\"}", null),
                chunk("{\"content\":\"Hello\"}", null),
                chunk("{\"content\":\" there\"}", null),
                chunk("{}", "\"stop\""),
                "data: {\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":1677652288,\"model\":\""
                + MODEL + "\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":12,"
                + "\"total_tokens\":21}}\n\n",
                "data: [DONE]\n\n").withDelayMs(10));

        Exchange plain = template.send("direct:plain", e -> e.getMessage().setBody("Hi"));
        Exchange streamed = template.send("direct:streamed", e -> e.getMessage().setBody("Hi"));

        assertThat(plain.getException()).isNull();
        assertThat(streamed.getException()).isNull();
        assertThat(plain.getMessage().getBody()).isEqualTo("Hello there");
        assertThat(streamed.getMessage().getBody()).isEqualTo(plain.getMessage().getBody());
        Map<String, Object> plainHeaders = new TreeMap<>(plain.getMessage().getHeaders());
        Map<String, Object> streamedHeaders = new TreeMap<>(streamed.getMessage().getHeaders());
        assertThat(plainHeaders).containsEntry(ChatCompletionConstants.ID, ID)
                .containsEntry(ChatCompletionConstants.TOTAL_TOKENS, 21)
                .containsEntry(ChatCompletionConstants.FINISH_REASON, "stop");
        assertThat(streamedHeaders).isEqualTo(plainHeaders);
        assertThat(streamedHeaders).doesNotContainKey(ChatCompletionConstants.CHUNK_INDEX);
    }

    private static String chunk(String delta, String finishReason) {
        return "data: {\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":1677652288,\"model\":\""
               + MODEL + "\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":" + finishReason
               + "}]}\n\n";
    }
}
