package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/** With n > 1, only the choice with index 0 feeds chunks, content and the finish reason; index 1 is ignored. */
class OnlyChoiceZeroFeedsChunksTest {

    @Test
    void choiceOneIsIgnored() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'n','model':'m','choices':[{'index':0,'delta':{'content':'zero'}}]}")
                + data("{'id':'n','model':'m','choices':[{'index':1,'delta':{'content':'one'}}]}")
                + data("{'id':'n','model':'m','choices':[{'index':1,'delta':{'content':'ONE'},'finish_reason':'length'},{'index':0,'delta':{'content':'-0'}}]}")
                + data("{'id':'n','model':'m','choices':[{'index':0,'delta':{},'finish_reason':'stop'},{'index':1,'delta':{'content':'uno'}}]}")
                + DONE);

        assertThat(outcome.chunks()).containsExactly(
                new StreamChunk(0, "zero", "n", "m", null),
                new StreamChunk(1, "-0", "n", "m", null));
        assertThat(outcome.result().content()).isEqualTo("zero-0");
        assertThat(outcome.result().finishReason()).isEqualTo("stop");
    }

    @Test
    void aFinishOnChoiceOneDoesNotCompleteTheStream() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'n','model':'m','choices':[{'index':0,'delta':{'content':'zero'}}]}")
                + data("{'id':'n','model':'m','choices':[{'index':1,'delta':{},'finish_reason':'stop'}]}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("zero");
        assertThat(outcome.failure().kind().name()).isEqualTo("PROTOCOL");
        assertThat(outcome.failure().message()).contains("truncated");
        assertThat(outcome.failure().partialContent()).isEqualTo("zero");
        assertThat(outcome.failure().finishReason()).isNull();
    }
}
