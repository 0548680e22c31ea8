package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.INLINE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static io.camelchat.chatcompletion.stream.Decode.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SSE event named "error" (Groq, openai-python's convention) fails the stream as an INLINE error read from its
 * data; a non-transient code makes it not retryable; reasoning and text before it are kept.
 */
class ErrorEventTest {

    @Test
    void groqErrorEventIsAnInlineError() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'chatcmpl-g','model':'openai/gpt-oss-120b','choices':[{'index':0,'delta':{'role':'assistant','content':'','reasoning':'We need','channel':'analysis'},'finish_reason':null}],'x_groq':{'id':'req_01'}}")
                + data("{'id':'chatcmpl-g','model':'openai/gpt-oss-120b','choices':[{'index':0,'delta':{'content':'Ok'},'finish_reason':null}]}")
                + "event: error\n"
                + "data: " + json("{'error':{'message':'Tool call validation failed: bad','type':'invalid_request_error','code':'tool_use_failed','failed_generation':'x','status_code':400}}") + "\n\n");

        assertThat(outcome.texts()).containsExactly("Ok");
        assertThat(outcome.failure()).isEqualTo(new Failure(INLINE, 200, "tool_use_failed", "invalid_request_error",
                "Tool call validation failed: bad", false, null, "Ok", null));
    }
}
