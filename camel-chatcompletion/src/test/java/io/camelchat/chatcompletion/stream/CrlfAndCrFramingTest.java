package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * sse-starlette framing (CRLF line ends, ": ping - <time>" comments) and CR-only line ends decode like LF framing.
 */
class CrlfAndCrFramingTest {

    private static String stream(String eol) {
        return ": ping - 2025-01-01 00:00:00.000000+00:00" + eol + eol
                + "data: " + json("{'id':'c1','model':'llama','choices':[{'index':0,'delta':{'role':'assistant','content':'Hi'}}]}") + eol + eol
                + ": ping - 2025-01-01 00:00:15.000000+00:00" + eol
                + "data: " + json("{'id':'c1','model':'llama','choices':[{'index':0,'delta':{'content':' there'}}]}") + eol + eol
                + "data: " + json("{'id':'c1','model':'llama','choices':[{'index':0,'delta':{},'finish_reason':'stop'}]}") + eol + eol
                + ": ping - 2025-01-01 00:00:30.000000+00:00" + eol + eol
                + "data: [DONE]" + eol + eol;
    }

    @Test
    void crlfWithPingCommentsDecodesLikeLf() {
        Outcome lf = Decode.allWays(stream("\n"));
        Outcome crlf = Decode.allWays(stream("\r\n"));

        assertThat(crlf.texts()).containsExactly("Hi", " there");
        assertThat(crlf.result().content()).isEqualTo("Hi there");
        assertThat(crlf.result().finishReason()).isEqualTo("stop");
        assertThat(crlf).isEqualTo(lf);
    }

    @Test
    void crOnlyLineEndsDecodeLikeLf() {
        Outcome lf = Decode.allWays(stream("\n"));
        Outcome cr = Decode.allWays(stream("\r"));

        assertThat(cr.texts()).containsExactly("Hi", " there");
        assertThat(cr.result().finishReason()).isEqualTo("stop");
        assertThat(cr).isEqualTo(lf);
    }
}
