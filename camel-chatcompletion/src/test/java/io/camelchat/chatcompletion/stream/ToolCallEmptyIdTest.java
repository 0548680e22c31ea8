package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DashScope style: argument deltas repeat "id":"" and the type at the same index; an empty id does not start a new
 * call, and the same non-empty id repeated does not either.
 */
class ToolCallEmptyIdTest {

    @Test
    void emptyOrRepeatedIdsContinueTheCall() {
        Outcome outcome = Decode.allWays(""
                + data("{'choices':[{'delta':{'content':null,'role':'assistant','tool_calls':[{'index':0,'id':'call_e','type':'function','function':{'name':'weather','arguments':''}}]},'finish_reason':null,'index':0}],'object':'chat.completion.chunk','model':'qwen3-max','id':'chatcmpl-q'}")
                + data("{'choices':[{'delta':{'tool_calls':[{'index':0,'id':'','type':'function','function':{'arguments':'{\\'location\\': '}}]},'finish_reason':null,'index':0}],'model':'qwen3-max','id':'chatcmpl-q'}")
                + data("{'choices':[{'delta':{'tool_calls':[{'index':0,'id':'','type':'function','function':{'arguments':'\\'San Francisco\\''}}]},'finish_reason':null,'index':0}],'model':'qwen3-max','id':'chatcmpl-q'}")
                + data("{'choices':[{'delta':{'tool_calls':[{'index':0,'id':'call_e','type':'function','function':{'arguments':'}'}}]},'finish_reason':null,'index':0}],'model':'qwen3-max','id':'chatcmpl-q'}")
                + data("{'choices':[{'delta':{'content':''},'finish_reason':'tool_calls','index':0}],'model':'qwen3-max','id':'chatcmpl-q'}")
                + data("{'choices':[],'model':'qwen3-max','id':'chatcmpl-q','usage':{'prompt_tokens':295,'completion_tokens':22,'total_tokens':317}}"));

        assertThat(outcome.chunks()).isEmpty();
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.result().toolCalls()).containsExactly(new ChatCompletionToolCall(0, "call_e", "function",
                "weather", "{\"location\": \"San Francisco\"}"));
    }
}
