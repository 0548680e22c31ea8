package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.PROTOCOL;
import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose data is not a JSON object (malformed JSON, a bare string or array) fails the stream with a retryable
 * PROTOCOL error about the data, keeping the partial text; nothing after it is read.
 */
class MalformedJsonEventTest {

    private static final String TEXT = data("{'id':'j','model':'m','choices':[{'index':0,'delta':{'content':'ok'}}]}");
    private static final String FINISH = data("{'id':'j','model':'m','choices':[{'index':0,'delta':{'content':'!'},'finish_reason':'stop'}]}");

    @Test
    void malformedJson() {
        Outcome outcome = Decode.allWays(TEXT + "data: {\"id\":\"j\",\"choices\":[\n\n" + FINISH + DONE);

        assertThat(outcome.texts()).containsExactly("ok");
        assertThat(outcome.failure().kind()).isEqualTo(PROTOCOL);
        assertThat(outcome.failure().httpStatus()).isEqualTo(200);
        assertThat(outcome.failure().message()).startsWith("malformed JSON data in a stream event: ");
        assertThat(outcome.failure().retryable()).isTrue();
        assertThat(outcome.failure().partialContent()).isEqualTo("ok");
        assertThat(outcome.failure().code()).isNull();
    }

    @Test
    void jsonThatIsNotAnObject() {
        Outcome outcome = Decode.allWays(TEXT + "data: [1,2]\n\n" + FINISH + DONE);

        assertThat(outcome.texts()).containsExactly("ok");
        assertThat(outcome.failure()).isEqualTo(new Failure(PROTOCOL, 200, null, null,
                "a stream event's data is not a JSON object", true, null, "ok", null));
    }
}
