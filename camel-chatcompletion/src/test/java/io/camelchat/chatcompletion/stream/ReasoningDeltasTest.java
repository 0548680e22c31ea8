package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reasoning in any of its three forms (DeepSeek reasoning_content with content null, Ollama/OpenRouter reasoning,
 * Mistral thinking parts in a delta.content array) feeds reasoningContent and never becomes a text chunk.
 */
class ReasoningDeltasTest {

    @Test
    void deepSeekReasoningContent() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'d','model':'deepseek-reasoner','choices':[{'index':0,'delta':{'role':'assistant','content':null,'reasoning_content':''},'finish_reason':null}]}")
                + data("{'id':'d','model':'deepseek-reasoner','choices':[{'index':0,'delta':{'content':null,'reasoning_content':'Hmm, '},'finish_reason':null}]}")
                + data("{'id':'d','model':'deepseek-reasoner','choices':[{'index':0,'delta':{'content':null,'reasoning_content':'a greeting.'},'finish_reason':null}]}")
                + data("{'id':'d','model':'deepseek-reasoner','choices':[{'index':0,'delta':{'content':'Hello','reasoning_content':null},'finish_reason':null}]}")
                + data("{'id':'d','model':'deepseek-reasoner','choices':[{'index':0,'delta':{'content':'','reasoning_content':null},'finish_reason':'stop'}],'usage':{'prompt_tokens':6,'completion_tokens':9,'total_tokens':15}}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("Hello");
        assertThat(outcome.result().content()).isEqualTo("Hello");
        assertThat(outcome.result().reasoningContent()).isEqualTo("Hmm, a greeting.");
    }

    @Test
    void ollamaAndOpenRouterReasoning() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'gen-1','model':'anthropic/claude','choices':[{'index':0,'delta':{'role':'assistant','content':'','reasoning':'2+2 ','reasoning_details':[{'type':'reasoning.text','text':'2+2 '}]},'finish_reason':null}]}")
                + data("{'id':'gen-1','model':'anthropic/claude','choices':[{'index':0,'delta':{'role':'assistant','content':'','reasoning':'is 4.'},'finish_reason':null}]}")
                + data("{'id':'gen-1','model':'anthropic/claude','choices':[{'index':0,'delta':{'role':'assistant','content':'4','reasoning':null},'finish_reason':null}]}")
                + data("{'id':'gen-1','model':'anthropic/claude','choices':[{'index':0,'delta':{'role':'assistant','content':''},'finish_reason':'stop'}]}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("4");
        assertThat(outcome.result().content()).isEqualTo("4");
        assertThat(outcome.result().reasoningContent()).isEqualTo("2+2 is 4.");
    }

    @Test
    void mistralThinkingParts() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'mi','model':'magistral-medium-latest','choices':[{'index':0,'delta':{'role':'assistant','content':''},'finish_reason':null}]}")
                + data("{'id':'mi','model':'magistral-medium-latest','choices':[{'index':0,'delta':{'content':[{'type':'thinking','thinking':[{'type':'text','text':'Okay, '}]}]},'finish_reason':null}]}")
                + data("{'id':'mi','model':'magistral-medium-latest','choices':[{'index':0,'delta':{'content':[{'type':'thinking','thinking':[{'type':'text','text':'look both ways.'}]}]},'finish_reason':null}]}")
                + data("{'id':'mi','model':'magistral-medium-latest','choices':[{'index':0,'delta':{'content':[{'type':'thinking','thinking':[]}]},'finish_reason':null}]}")
                + data("{'id':'mi','model':'magistral-medium-latest','choices':[{'index':0,'delta':{'content':'Look'},'finish_reason':null}]}")
                + data("{'id':'mi','model':'magistral-medium-latest','choices':[{'index':0,'delta':{'content':[{'type':'text','text':' left.'}]},'finish_reason':null}]}")
                + data("{'id':'mi','model':'magistral-medium-latest','choices':[{'index':0,'delta':{'content':''},'finish_reason':'stop'}]}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("Look", " left.");
        assertThat(outcome.result().content()).isEqualTo("Look left.");
        assertThat(outcome.result().reasoningContent()).isEqualTo("Okay, look both ways.");
    }
}
