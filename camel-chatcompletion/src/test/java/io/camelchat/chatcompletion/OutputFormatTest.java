package io.camelchat.chatcompletion;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelchat.chatcompletion.model.ChatCompletionChoice;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The outputFormat option: content (default), the normalised response object, or the unwrapped payload JSON. */
class OutputFormatTest extends ChatCallTestSupport {

    private static final String PAYLOAD = """
            {"id":"chatcmpl-7","object":"chat.completion","created":1700000000,"model":"deepseek-reasoner",
             "choices":[
               {"index":0,"message":{"role":"assistant","content":"Yes","reasoning_content":"Hmm"},"finish_reason":"stop"},
               {"index":1,"message":{"role":"assistant","content":null,"tool_calls":[
                 {"id":"call_1","type":"function","function":{"name":"f","arguments":"{\\"a\\":1}"}}]},
                "finish_reason":"tool_calls"}],
             "usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}}""";

    @Test
    void responseGivesTheNormalisedResponseWithAllFields() {
        stubChat(json(200, Bodies.wrap(PAYLOAD)));

        Exchange result = ask("&outputFormat=response");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo(new ChatCompletionResponse(
                "chatcmpl-7", "deepseek-reasoner", 1700000000L,
                List.of(new ChatCompletionChoice(0, "assistant", "Yes", "Hmm", "stop", null),
                        new ChatCompletionChoice(1, "assistant", null, null, "tool_calls",
                                List.of(new ChatCompletionToolCall(0, "call_1", "function", "f", "{\"a\":1}")))),
                new ChatCompletionUsage(5, 7, 12)));
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.REASONING_CONTENT)).isEqualTo("Hmm");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_CODE)).isEqualTo("200");
    }

    @Test
    void jsonGivesThePayloadWithoutTheEnvelope() throws Exception {
        stubChat(json(200, Bodies.wrap(PAYLOAD)));

        Exchange result = ask("&outputFormat=json");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(String.class);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode body = mapper.readTree(result.getMessage().getBody(String.class));
        assertThat(body).isEqualTo(mapper.readTree(PAYLOAD));
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ID)).isEqualTo("chatcmpl-7");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ENVELOPE_SUCCESS)).isEqualTo(true);
    }
}
