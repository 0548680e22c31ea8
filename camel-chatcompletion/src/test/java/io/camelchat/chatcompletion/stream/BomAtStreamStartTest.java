package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.EnvelopeMode;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static io.camelchat.chatcompletion.stream.Decode.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** One UTF-8 BOM before the first event is dropped, whole or split across feeds, and the first event is kept. */
class BomAtStreamStartTest {

    private static final String STREAM = ""
            + data("{'id':'b1','model':'m','choices':[{'index':0,'delta':{'content':'first'}}]}")
            + data("{'id':'b1','model':'m','choices':[{'index':0,'delta':{},'finish_reason':'stop'}]}")
            + DONE;

    @Test
    void theBomIsDroppedAndTheFirstEventKept() {
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(STREAM));

        Outcome outcome = Decode.allWays(EnvelopeMode.auto, withBom);

        assertThat(outcome.chunks()).containsExactly(new StreamChunk(0, "first", "b1", "m", null));
        assertThat(outcome.result().content()).isEqualTo("first");
        assertThat(outcome.result().finishReason()).isEqualTo("stop");
        assertThat(Decode.splitAt(EnvelopeMode.auto, withBom, 1, 2)).as("BOM split 1|1|1").isEqualTo(outcome);
        assertThat(outcome).isEqualTo(Decode.allWays(STREAM));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
