package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.ENVELOPE;
import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {"success":false,...} envelope event mid-stream fails the stream as an ENVELOPE error with HTTP 200, the envelope's
 * code and message, retryable for code "500", carrying the text delivered before it; later events are ignored.
 */
class EnvelopeFailureMidStreamTest {

    @Test
    void successFalseFailsWithThePartialText() {
        Outcome outcome = Decode.allWays(""
                + data("{'success':true,'code':'200','message':'ok','data':{'id':'v1','model':'vm','choices':[{'index':0,'delta':{'content':'Hal'}}]}}")
                + data("{'success':false,'code':'500','message':'boom'}")
                + data("{'success':true,'code':'200','message':'ok','data':{'id':'v1','model':'vm','choices':[{'index':0,'delta':{'content':'f'},'finish_reason':'stop'}]}}")
                + DONE);

        assertThat(outcome.texts()).containsExactly("Hal");
        assertThat(outcome.failure()).isEqualTo(new Failure(ENVELOPE, 200, "500", null, "boom", true, null, "Hal",
                null));
    }

    @Test
    void aNonTransientCodeIsNotRetryable() {
        Outcome outcome = Decode.allWays(data("{'success':false,'code':'4001','message':'sensitive content'}"));

        assertThat(outcome.failure()).isEqualTo(new Failure(ENVELOPE, 200, "4001", null, "sensitive content", false,
                null, "", null));
    }
}
