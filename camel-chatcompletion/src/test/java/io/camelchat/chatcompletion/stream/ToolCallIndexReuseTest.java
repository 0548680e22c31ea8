package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.model.ChatCompletionToolCall;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ollama style: whole calls all sent at index 0, told apart only by id. A different non-empty id at an index in use
 * starts a new call, and the index reported for each call is its position in the result, not the wire index.
 */
class ToolCallIndexReuseTest {

    @Test
    void aNewIdAtAUsedIndexStartsANewCall() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'chatcmpl-150','model':'qwen3','choices':[{'index':0,'delta':{'role':'assistant','content':'','tool_calls':[{'id':'call_1','index':0,'type':'function','function':{'name':'a','arguments':'{\\'x\\':1}'}}]},'finish_reason':null}]}")
                + data("{'id':'chatcmpl-150','model':'qwen3','choices':[{'index':0,'delta':{'role':'assistant','content':'','tool_calls':[{'id':'call_2','index':0,'type':'function','function':{'name':'b','arguments':'{\\'y\\':2}'}}]},'finish_reason':null}]}")
                + data("{'id':'chatcmpl-150','model':'qwen3','choices':[{'index':0,'delta':{'role':'assistant','content':'','tool_calls':[{'id':'call_3','index':5,'type':'function','function':{'name':'c','arguments':'{}'}}]},'finish_reason':null}]}")
                + data("{'id':'chatcmpl-150','model':'qwen3','choices':[{'index':0,'delta':{'role':'assistant','content':''},'finish_reason':'tool_calls'}]}")
                + DONE);

        assertThat(outcome.chunks()).isEmpty();
        assertThat(outcome.result().toolCalls()).containsExactly(
                new ChatCompletionToolCall(0, "call_1", "function", "a", "{\"x\":1}"),
                new ChatCompletionToolCall(1, "call_2", "function", "b", "{\"y\":2}"),
                new ChatCompletionToolCall(2, "call_3", "function", "c", "{}"));
        assertThat(outcome.result().finishReason()).isEqualTo("tool_calls");
    }
}
