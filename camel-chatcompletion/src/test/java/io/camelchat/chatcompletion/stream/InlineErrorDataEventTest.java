package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.INLINE;
import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data event holding an error (vLLM's {"error":{...}} followed by [DONE], TGI's {"error":"text"}) fails the stream
 * as an INLINE error with HTTP 200, after every chunk before it was delivered, and carries the text delivered so far.
 */
class InlineErrorDataEventTest {

    private static final String TEXT = data("{'id':'v','model':'m','choices':[{'index':0,'delta':{'content':'Par'}}]}")
            + data("{'id':'v','model':'m','choices':[{'index':0,'delta':{'content':'tial'}}]}");

    @Test
    void errorObjectThenDoneIsStillAnError() {
        Outcome outcome = Decode.allWays(TEXT
                + data("{'error':{'message':'m','type':'server_error','code':500}}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("Par", "tial");
        assertThat(outcome.failure()).isEqualTo(
                new Failure(INLINE, 200, "500", "server_error", "m", true, null, "Partial", null));
    }

    @Test
    void errorStringFromTgi() {
        Outcome outcome = Decode.allWays(TEXT + data("{'error':'text'}"));

        assertThat(outcome.texts()).containsExactly("Par", "tial");
        assertThat(outcome.failure()).isEqualTo(
                new Failure(INLINE, 200, null, null, "text", false, null, "Partial", null));
    }

    @Test
    void errorStringWithErrorTypeFromTgi() {
        Outcome outcome = Decode.allWays(
                data("{'error':'Input validation error: top_p must be > 0.0','error_type':'validation'}"));

        assertThat(outcome.chunks()).isEmpty();
        assertThat(outcome.failure()).isEqualTo(new Failure(INLINE, 200, "validation", null,
                "Input validation error: top_p must be > 0.0", false, null, "", null));
    }
}
