package io.camelchat.chatcompletion.stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.camelchat.chatcompletion.stream.Decode.DONE;
import static io.camelchat.chatcompletion.stream.Decode.data;
import static org.assertj.core.api.Assertions.assertThat;

/** finish_reason "length" and "content_filter" (and DeepSeek's insufficient_system_resource) are results, not errors. */
class LengthAndContentFilterAreResultsTest {

    @ParameterizedTest
    @ValueSource(strings = {"length", "content_filter", "insufficient_system_resource"})
    void finishReasonIsASuccess(String finishReason) {
        Outcome outcome = Decode.allWays(""
                + data("{'id':'f','model':'m','choices':[{'index':0,'delta':{'content':'cut'}}]}")
                + data("{'id':'f','model':'m','choices':[{'index':0,'delta':{},'finish_reason':'" + finishReason + "'}]}")
                + DONE);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.result().content()).isEqualTo("cut");
        assertThat(outcome.result().finishReason()).isEqualTo(finishReason);
    }
}
