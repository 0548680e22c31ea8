package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.INLINE;
import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static io.camelchat.chatcompletion.stream.Decode.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * llama.cpp's non-standard "error:" field holds a bare error object; it is an INLINE error with the numeric code
 * normalised to a String, and the [DONE] after it does not turn it into a success.
 */
class LlamaCppErrorFieldTest {

    @Test
    void errorFieldIsAnInlineError() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'l','model':'llama','choices':[{'index':0,'delta':{'content':'Once'}}]}")
                + "error: " + json("{'code':400,'message':'too long','type':'exceed_context_size_error'}") + "\n\n"
                + DONE);

        assertThat(outcome.texts()).containsExactly("Once");
        assertThat(outcome.failure()).isEqualTo(new Failure(INLINE, 200, "400", "exceed_context_size_error",
                "too long", false, null, "Once", null));
    }
}
