package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-byte (é), four-byte (😊) and flag (🇫🇷, two four-byte code points) characters arrive intact whatever read
 * boundary cuts them: the input is fed split at every offset and one byte at a time.
 */
class MultiByteCharsSplitAcrossFeedsTest {

    @Test
    void charactersCutByAnyReadBoundaryArriveIntact() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'u1','model':'m','choices':[{'index':0,'delta':{'content':'Café '}}]}")
                + data("{'id':'u1','model':'m','choices':[{'index':0,'delta':{'content':'😊'}}]}")
                + data("{'id':'u1','model':'m','choices':[{'index':0,'delta':{'content':' 🇫🇷'},'finish_reason':'stop'}]}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("Café ", "😊", " 🇫🇷");
        assertThat(outcome.result().content()).isEqualTo("Café 😊 🇫🇷");
        assertThat(outcome.chunks().get(2).finishReason()).isEqualTo("stop");
    }
}
