package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.api.Test;

import static io.camelchat.chatcompletion.ChatCompletionErrorKind.PROTOCOL;
import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream without a finish reason on choice 0 is a retryable PROTOCOL error whose message says "truncated" and which
 * carries the partial text: [DONE] without a finish, EOF without a finish, and EOF inside an unterminated event even
 * after a finish.
 */
class TruncatedStreamTest {

    private static final String TEXT = data("{'id':'x','model':'m','choices':[{'index':0,'delta':{'content':'Half'}}]}")
            + data("{'id':'x','model':'m','choices':[{'index':0,'delta':{'content':' done'}}]}");

    @Test
    void doneWithoutFinish() {
        Outcome outcome = Decode.allWays(TEXT + DONE);

        assertThat(outcome.texts()).containsExactly("Half", " done");
        assertThat(outcome.failure()).isEqualTo(new Failure(PROTOCOL, 200, null, null,
                "stream truncated: [DONE] without a finish_reason", true, null, "Half done", null));
    }

    @Test
    void eofWithoutFinish() {
        Outcome outcome = Decode.allWays(TEXT);

        assertThat(outcome.texts()).containsExactly("Half", " done");
        assertThat(outcome.failure()).isEqualTo(new Failure(PROTOCOL, 200, null, null,
                "stream truncated: the body ended without a finish_reason", true, null, "Half done", null));
    }

    @Test
    void eofInsideAnEventAfterTheFinish() {
        Outcome outcome = Decode.allWays(TEXT
                + data("{'id':'x','model':'m','choices':[{'index':0,'delta':{},'finish_reason':'stop'}]}")
                + "data: {\"id\":\"x\",\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":1");

        assertThat(outcome.texts()).containsExactly("Half", " done");
        assertThat(outcome.failure()).isEqualTo(new Failure(PROTOCOL, 200, null, null,
                "stream truncated: the body ended inside an event", true, null, "Half done", "stop"));
    }

    @Test
    void eofAfterACompleteDataLineWithoutItsBlankLine() {
        Outcome outcome = Decode.allWays(TEXT
                + "data: {\"id\":\"x\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n");

        assertThat(outcome.failure()).isEqualTo(new Failure(PROTOCOL, 200, null, null,
                "stream truncated: the body ended inside an event", true, null, "Half done", null));
    }

    @Test
    void emptyBody() {
        Outcome outcome = Decode.allWays("");

        assertThat(outcome.chunks()).isEmpty();
        assertThat(outcome.failure()).isEqualTo(new Failure(PROTOCOL, 200, null, null,
                "stream truncated: the body ended without a finish_reason", true, null, "", null));
    }
}
