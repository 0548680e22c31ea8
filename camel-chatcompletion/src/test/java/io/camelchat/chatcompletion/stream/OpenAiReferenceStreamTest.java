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
 * The OpenAI reference stream (role chunk with content "", text deltas, empty-delta finish chunk, choices:[] usage
 * chunk, [DONE]) gives the non-empty text pieces in order and a complete final response.
 */
class OpenAiReferenceStreamTest {

    static final String STREAM = ""
            + data("{'id':'chatcmpl-1','object':'chat.completion.chunk','created':1754000000,'model':'gpt-4o-2024-08-06','service_tier':'default','system_fingerprint':'fp_1','choices':[{'index':0,'delta':{'role':'assistant','content':'','refusal':null},'logprobs':null,'finish_reason':null}],'usage':null,'obfuscation':'x1'}")
            + data("{'id':'chatcmpl-1','object':'chat.completion.chunk','created':1754000000,'model':'gpt-4o-2024-08-06','choices':[{'index':0,'delta':{'content':'The'},'logprobs':null,'finish_reason':null}],'usage':null,'obfuscation':'abc'}")
            + data("{'id':'chatcmpl-1','object':'chat.completion.chunk','created':1754000000,'model':'gpt-4o-2024-08-06','choices':[{'index':0,'delta':{'content':' capital'},'logprobs':null,'finish_reason':null}],'usage':null}")
            + data("{'id':'chatcmpl-1','object':'chat.completion.chunk','created':1754000000,'model':'gpt-4o-2024-08-06','choices':[{'index':0,'delta':{'content':' is Paris.'},'logprobs':null,'finish_reason':null}],'usage':null}")
            + data("{'id':'chatcmpl-1','object':'chat.completion.chunk','created':1754000000,'model':'gpt-4o-2024-08-06','choices':[{'index':0,'delta':{},'logprobs':null,'finish_reason':'stop'}],'usage':null}")
            + data("{'id':'chatcmpl-1','object':'chat.completion.chunk','created':1754000000,'model':'gpt-4o-2024-08-06','choices':[],'usage':{'prompt_tokens':14,'completion_tokens':4,'total_tokens':18,'prompt_tokens_details':{'cached_tokens':0}}}")
            + DONE;

    @Test
    void givesTheTextPiecesInOrderAndTheWholeResponse() {
        Outcome outcome = Decode.allWays(STREAM);

        assertThat(outcome.chunks()).containsExactly(
                new StreamChunk(0, "The", "chatcmpl-1", "gpt-4o-2024-08-06", null),
                new StreamChunk(1, " capital", "chatcmpl-1", "gpt-4o-2024-08-06", null),
                new StreamChunk(2, " is Paris.", "chatcmpl-1", "gpt-4o-2024-08-06", null));
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.result()).isEqualTo(new ChatCompletionResponse("chatcmpl-1", "gpt-4o-2024-08-06",
                1754000000L, List.of(new ChatCompletionChoice(0, "assistant", "The capital is Paris.", null, "stop",
                        null)),
                new ChatCompletionUsage(14, 4, 18)));
    }
}
