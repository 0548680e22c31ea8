package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two parallel tool calls (index 0 and 1) whose arguments arrive as fragments across chunks: id, type and name come
 * from the first delta, fragments are concatenated per index, no text chunk is produced and content stays null.
 */
class ToolCallArgumentFragmentsTest {

    @Test
    void fragmentsAreConcatenatedPerIndex() {
        String c = "{'id':'chatcmpl-T','model':'gpt-4o','choices':[{'index':0,'delta':%s,'finish_reason':%s}]}";
        Outcome outcome = Decode.allWays(""
                + data(String.format(c, "{'role':'assistant','content':null,'tool_calls':[{'index':0,'id':'call_A','type':'function','function':{'name':'get_weather','arguments':''}}],'refusal':null}", "null"))
                + data(String.format(c, "{'tool_calls':[{'index':0,'function':{'arguments':'{\\'ci'}}]}", "null"))
                + data(String.format(c, "{'tool_calls':[{'index':0,'function':{'arguments':'ty\\': '}}]}", "null"))
                + data(String.format(c, "{'tool_calls':[{'index':1,'id':'call_B','type':'function','function':{'name':'get_product_name','arguments':''}}]}", "null"))
                + data(String.format(c, "{'tool_calls':[{'index':0,'function':{'arguments':'\\'Mexico City\\'}'}}]}", "null"))
                + data(String.format(c, "{'tool_calls':[{'index':1,'function':{'arguments':'{}'}}]}", "null"))
                + data(String.format(c, "{}", "'tool_calls'"))
                + DONE);

        assertThat(outcome.chunks()).isEmpty();
        assertThat(outcome.result().content()).isNull();
        assertThat(outcome.result().finishReason()).isEqualTo("tool_calls");
        assertThat(outcome.result().toolCalls()).containsExactly(
                new ChatCompletionToolCall(0, "call_A", "function", "get_weather", "{\"city\": \"Mexico City\"}"),
                new ChatCompletionToolCall(1, "call_B", "function", "get_product_name", "{}"));
    }
}
