package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the repaired answer still does not fit, the call fails with INVALID_OUTPUT carrying the raw text, the
 * validator's messages and the finish reason; the transport retry policy does not retry it (maxRetries=2 here).
 */
class RepairThatFailsRaisesInvalidOutputTest extends StructuredTestSupport {

    @Override
    protected int maxRetries() {
        return 2;
    }

    @Test
    void secondInvalidAnswerFailsWithInvalidOutput() {
        script(n -> n == 0 ? answer(MISSING_SCORE) : answer("not json at all"));

        Exchange result = ask("&outputClass=" + ReviewInsight.class.getName());

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INVALID_OUTPUT);
        assertThat(failure.isRetryable()).isFalse();
        assertThat(failure.getRawOutput()).isEqualTo("not json at all");
        assertThat(failure.getValidationErrors()).singleElement().asString().contains("no JSON");
        assertThat(failure.getFinishReason()).isEqualTo("stop");
        assertThat(failure.isTruncated()).isFalse();
        assertThat(failure.isRefusal()).isFalse();
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void noRepairWithZeroRetries() {
        script(n -> answer(MISSING_SCORE));

        Exchange result = ask("&structuredOutputRetries=0&outputClass=" + ReviewInsight.class.getName());

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INVALID_OUTPUT);
        assertThat(failure.getValidationErrors()).anySatisfy(error -> assertThat(error).contains("score"));
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
