package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/** A stream that ends (EOF) after choice 0's finish reason, with no [DONE] (TGI, old llama.cpp), is a success. */
class EofAfterFinishWithoutDoneTest {

    @Test
    void eofAfterTheFinishSucceeds() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'t','model':'tgi','choices':[{'index':0,'delta':{'content':'Done'}}]}")
                + data("{'id':'t','model':'tgi','choices':[{'index':0,'delta':{},'finish_reason':'stop'}]}"));

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.texts()).containsExactly("Done");
        assertThat(outcome.result().content()).isEqualTo("Done");
        assertThat(outcome.result().finishReason()).isEqualTo("stop");
    }
}
