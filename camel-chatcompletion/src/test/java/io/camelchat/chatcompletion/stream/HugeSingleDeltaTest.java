package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.EnvelopeMode;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static io.camelchat.chatcompletion.stream.Decode.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** A single 1 MiB content delta (no line-length cap) arrives as one intact chunk, however it is fed. */
class HugeSingleDeltaTest {

    /** At least 1 MiB of UTF-8 (whole repetitions of a 42-byte pattern with a 2-byte and a 4-byte character). */
    static String mebibyteText() {
        String pattern = "0123456789abcdefghijklmnopqrstuvwxyzé😊";
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        while (bytes < (1 << 20)) {
            text.append(pattern);
            bytes += 42;
        }
        return text.toString();
    }

    @Test
    void aMebibyteDeltaIsOneIntactChunk() {
        String big = mebibyteText();
        byte[] input = utf8(data("{'id':'h1','model':'m','choices':[{'index':0,'delta':{'content':'" + big + "'}}]}")
                + data("{'id':'h1','model':'m','choices':[{'index':0,'delta':{},'finish_reason':'stop'}]}")
                + DONE);

        Outcome outcome = Decode.allWays(EnvelopeMode.auto, input);

        assertThat(outcome.chunks()).hasSize(1);
        assertThat(outcome.chunks().get(0).text()).isEqualTo(big);
        assertThat(outcome.result().content()).isEqualTo(big);
        assertThat(outcome.result().finishReason()).isEqualTo("stop");
        assertThat(Decode.inPieces(EnvelopeMode.auto, input, 8191)).as("8191-byte reads").isEqualTo(outcome);
        assertThat(Decode.splitAt(EnvelopeMode.auto, input, 7, input.length / 2, input.length / 2 + 1))
                .as("three cuts").isEqualTo(outcome);
    }
}
