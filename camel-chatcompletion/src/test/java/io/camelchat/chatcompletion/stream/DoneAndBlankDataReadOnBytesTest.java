package io.camelchat.chatcompletion.stream;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoder reads event data as bytes: a [DONE] with whitespace around it still ends the stream, an event whose data
 * is only whitespace is skipped, and malformed JSON still fails as a protocol error.
 */
class DoneAndBlankDataReadOnBytesTest {

    private static final String FINISHED = data("{'id':'d','model':'m','choices':[{'index':0,'delta':{'content':'hé'},'finish_reason':'stop'}]}");

    @Test
    void doneWithSpacesEndsTheStream() {
        Outcome outcome = Decode.allWays(FINISHED + "data:  \t[DONE] \n\n" + data("{'choices':[]}"));

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.result().content()).isEqualTo("hé");
    }

    @Test
    void whitespaceOnlyDataIsSkipped() {
        Outcome outcome = Decode.allWays("data:  \n\ndata: \t\n\n" + FINISHED + DONE);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.texts()).containsExactly("hé");
    }

    @Test
    void malformedJsonStillFails() {
        Outcome outcome = Decode.allWays("data: {\"é\": nope}\n\n" + DONE);

        assertThat(outcome.failure()).isNotNull();
        assertThat(outcome.failure().kind()).isEqualTo(ChatCompletionErrorKind.PROTOCOL);
        assertThat(outcome.failure().message()).contains("malformed JSON data in a stream event");
    }
}
