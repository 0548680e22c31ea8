package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.EnvelopeMode;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static io.camelchat.chatcompletion.stream.Decode.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * [DONE] ends the stream: whatever follows (more chunks, an error event, malformed JSON, invalid UTF-8, an event cut
 * by EOF) is ignored and the result is the one [DONE] completed.
 */
class BytesAfterDoneIgnoredTest {

    private static final String STREAM = data("{'id':'d','model':'m','choices':[{'index':0,'delta':{'content':'end'},'finish_reason':'stop'}]}")
            + DONE;

    @Test
    void garbageAfterDoneIsIgnored() {
        Outcome clean = Decode.allWays(STREAM);
        byte[] garbage = {'d', 'a', 't', 'a', ':', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n', '\n',
            (byte) 0xEF, (byte) 0xBB, '{', '\r'};
        String after = data("{'id':'z','model':'z','choices':[{'index':0,'delta':{'content':'MORE'}}]}")
                + data("{'error':{'message':'late','code':500}}")
                + "event: error\ndata: nope\n\n"
                + "data: {not json\n\n"
                + "data: {\"id\":\"z\",\"choices\":[";

        Outcome withTail = Decode.allWays(EnvelopeMode.auto, concat(utf8(STREAM + after), garbage));

        assertThat(clean.failure()).isNull();
        assertThat(clean.texts()).containsExactly("end");
        assertThat(clean.result().content()).isEqualTo("end");
        assertThat(withTail).isEqualTo(clean);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
