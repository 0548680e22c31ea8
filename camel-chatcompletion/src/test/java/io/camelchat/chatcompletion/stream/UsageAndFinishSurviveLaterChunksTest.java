package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * include_usage: the usage of the choices:[] chunk after the finish is kept when a later chunk says "usage":null, and a
 * later chunk whose choice has finish_reason null does not erase the earlier "stop".
 */
class UsageAndFinishSurviveLaterChunksTest {

    @Test
    void laterNullUsageAndNullFinishEraseNothing() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'c','model':'m','choices':[{'index':0,'delta':{'content':'Paris'},'finish_reason':null}],'usage':null}")
                + data("{'id':'c','model':'m','choices':[{'index':0,'delta':{},'finish_reason':'stop'}],'usage':null}")
                + data("{'id':'c','model':'m','choices':[],'usage':{'prompt_tokens':13,'completion_tokens':11,'total_tokens':24}}")
                + data("{'id':'c','model':'m','choices':[{'index':0,'delta':{'content':''},'finish_reason':null}],'usage':null}")
                + data("{'id':'c','model':'m','choices':[],'usage':null,'moderation':{'flagged':false,'categories':{'x':false}}}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("Paris");
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.result().usage()).isEqualTo(new ChatCompletionUsage(13, 11, 24));
        assertThat(outcome.result().finishReason()).isEqualTo("stop");
        assertThat(outcome.result().content()).isEqualTo("Paris");
    }

    @Test
    void theLastNonNullUsageWins() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'c','model':'m','choices':[{'index':0,'delta':{'content':'a'}}],'usage':{'prompt_tokens':5,'completion_tokens':1,'total_tokens':6}}")
                + data("{'id':'c','model':'m','choices':[{'index':0,'delta':{'content':'b'},'finish_reason':'stop'}],'usage':{'prompt_tokens':5,'completion_tokens':2,'total_tokens':7}}")
                + data("{'id':'c','model':'m','choices':[],'usage':null}")
                + DONE);

        assertThat(outcome.result().usage()).isEqualTo(new ChatCompletionUsage(5, 2, 7));
    }
}
