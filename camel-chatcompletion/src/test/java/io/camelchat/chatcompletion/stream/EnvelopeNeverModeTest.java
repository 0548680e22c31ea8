package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.EnvelopeMode;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.PROTOCOL;
import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static io.camelchat.chatcompletion.stream.Decode.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * envelope=never leaves envelope objects alone: they are not chunks (no top-level choices, so no text, no finish, and a
 * success:false envelope is no error either), so a stream of them ends at [DONE] as a PROTOCOL truncation.
 */
class EnvelopeNeverModeTest {

    @Test
    void envelopesAreNotUnwrapped() {
        Outcome outcome = Decode.allWays(EnvelopeMode.never, utf8(""
                + data("{'success':true,'code':'200','message':'ok','data':{'id':'v1','model':'vm','choices':[{'index':0,'delta':{'content':'Hi'},'finish_reason':'stop'}]}}")
                + data("{'success':false,'code':'500','message':'boom'}")
                + DONE));

        assertThat(outcome.chunks()).isEmpty();
        assertThat(outcome.failure()).isEqualTo(new Failure(PROTOCOL, 200, null, null,
                "stream truncated: [DONE] without a finish_reason", true, null, "", null));
    }

    @Test
    void plainChunksStillWork() {
        Outcome outcome = Decode.allWays(EnvelopeMode.never, utf8(""
                + data("{'id':'p','model':'m','choices':[{'index':0,'delta':{'content':'Hi'},'finish_reason':'stop'}]}")
                + DONE));

        assertThat(outcome.chunks()).containsExactly(new StreamChunk(0, "Hi", "p", "m", "stop"));
        assertThat(outcome.result().content()).isEqualTo("Hi");
    }
}
