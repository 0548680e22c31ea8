package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.INLINE;
import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenRouter's mid-stream failure: a normal chunk with a top-level error and finish_reason "error". It is an INLINE
 * error that carries finish reason "error" and the partial text.
 */
class OpenRouterErrorChunkTest {

    @Test
    void topLevelErrorWithFinishReasonError() {
        Outcome outcome = Decode.allWays(""
                + ": OPENROUTER PROCESSING\n\n"
                + data("{'id':'gen-1','provider':'openai','model':'openai/gpt-4o','object':'chat.completion.chunk','choices':[{'index':0,'delta':{'role':'assistant','content':'Hello'},'finish_reason':null}]}")
                + data("{'id':'gen-1','provider':'openai','model':'openai/gpt-4o','object':'chat.completion.chunk','error':{'code':'server_error','message':'Provider disconnected unexpectedly'},'choices':[{'index':0,'delta':{'content':''},'finish_reason':'error','native_finish_reason':'error'}]}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("Hello");
        assertThat(outcome.failure()).isEqualTo(new Failure(INLINE, 200, "server_error", null,
                "Provider disconnected unexpectedly", true, null, "Hello", "error"));
    }

    @Test
    void anErrorAfterAFinishIsStillAnError() {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'gen-2','model':'minimax/minimax-m2:free','choices':[{'index':0,'delta':{'content':'Hi'},'finish_reason':'length'}]}")
                + data("{'id':'gen-2','model':'minimax/minimax-m2:free','choices':[{'index':0,'delta':{'content':''},'finish_reason':'length'}],'error':{'code':400,'message':'Token limit reached'},'usage':{'prompt_tokens':1,'completion_tokens':1,'total_tokens':2}}")
                + DONE);

        assertThat(outcome.chunks()).containsExactly(new StreamChunk(0, "Hi", "gen-2", "minimax/minimax-m2:free",
                "length"));
        assertThat(outcome.failure()).isEqualTo(new Failure(INLINE, 200, "400", null, "Token limit reached", false,
                null, "Hi", "length"));
    }
}
