package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor envelope per event (envelope=auto): {"success":true,...,"data":{chunk}} is unwrapped, an event whose
 * envelope has data:null is skipped, and a bare [DONE] still ends the stream.
 */
class EnvelopedEventsTest {

    @Test
    void envelopedChunksAreUnwrappedAndNullDataSkipped() {
        Outcome outcome = Decode.allWays(""
                + "data:" + Decode.json("{'success':true,'code':'200','message':'ok','data':{'id':'v1','model':'vm','choices':[{'index':0,'delta':{'content':'Hel'}}]}}") + "\n\n"
                + "data:" + Decode.json("{'success':true,'code':'200','message':'ok','data':null}") + "\n\n"
                + data("{'success':true,'code':'200','message':'ok','data':{'id':'v1','model':'vm','choices':[{'index':0,'delta':{'content':'lo'},'finish_reason':'stop'}],'usage':{'prompt_tokens':1,'completion_tokens':2,'total_tokens':3}}}")
                + "data:[DONE]\n\n");

        assertThat(outcome.chunks()).containsExactly(
                new StreamChunk(0, "Hel", "v1", "vm", null),
                new StreamChunk(1, "lo", "v1", "vm", "stop"));
        assertThat(outcome.result().content()).isEqualTo("Hello");
        assertThat(outcome.result().finishReason()).isEqualTo("stop");
        assertThat(outcome.result().usage().totalTokens()).isEqualTo(3);
    }
}
