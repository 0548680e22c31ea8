package io.camelchat.chatcompletion.stream;

import java.util.List;

import io.camelchat.chatcompletion.model.ChatCompletionChoice;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Azure's first event is a prompt-filter annotation with choices:[], id "", model "" and created 0: id, model and
 * created come from the first non-empty later value, and the annotation adds no chunk.
 */
class AzurePromptFilterFirstEventTest {

    @Test
    void idAndModelComeFromTheFirstNonEmptyValue() {
        Outcome outcome = Decode.allWays(""
                + data("{'choices':[],'created':0,'id':'','model':'','object':'','prompt_filter_results':[{'prompt_index':0,'content_filter_results':{'hate':{'filtered':false,'severity':'safe'}}}]}")
                + data("{'choices':[{'content_filter_results':{},'delta':{'content':'','refusal':null,'role':'assistant'},'finish_reason':null,'index':0,'logprobs':null}],'created':1769000000,'id':'chatcmpl-AZ','model':'gpt-4o-mini-2024-07-18','object':'chat.completion.chunk','obfuscation':'q','usage':null}")
                + data("{'choices':[{'content_filter_results':{'hate':{'filtered':false,'severity':'safe'}},'delta':{'content':'Hello'},'finish_reason':null,'index':0,'logprobs':null}],'created':1769000000,'id':'chatcmpl-AZ','model':'gpt-4o-mini-2024-07-18','object':'chat.completion.chunk','usage':null}")
                + data("{'choices':[{'content_filter_results':{},'delta':{},'finish_reason':'stop','index':0,'logprobs':null}],'created':1769000000,'id':'chatcmpl-AZ','model':'gpt-4o-mini-2024-07-18','object':'chat.completion.chunk','usage':null}")
                + data("{'choices':[],'created':1769000000,'id':'chatcmpl-AZ','model':'gpt-4o-mini-2024-07-18','object':'chat.completion.chunk','usage':{'completion_tokens':1,'prompt_tokens':9,'total_tokens':10}}")
                + DONE);

        assertThat(outcome.chunks()).containsExactly(
                new StreamChunk(0, "Hello", "chatcmpl-AZ", "gpt-4o-mini-2024-07-18", null));
        assertThat(outcome.result()).isEqualTo(new ChatCompletionResponse("chatcmpl-AZ", "gpt-4o-mini-2024-07-18",
                1769000000L, List.of(new ChatCompletionChoice(0, "assistant", "Hello", null, "stop", null)),
                new ChatCompletionUsage(9, 1, 10)));
    }
}
