package io.camelchat.chatcompletion.structured;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer cut at the token limit (finish_reason=length) fails at once with INVALID_OUTPUT marked truncated: a
 * repair would be cut again.
 */
class TruncatedAnswerFailsAsTruncatedTest extends StructuredTestSupport {

    @Test
    void lengthFinishIsReportedAsTruncated() {
        script(n -> answer("{\"sentiment\":\"positive\",\"score\":5,\"summ", "length"));

        Exchange result = ask("&maxTokens=16&outputClass=" + ReviewInsight.class.getName());

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.INVALID_OUTPUT);
        assertThat(failure.isTruncated()).isTrue();
        assertThat(failure.getFinishReason()).isEqualTo("length");
        assertThat(failure.getRawOutput()).isEqualTo("{\"sentiment\":\"positive\",\"score\":5,\"summ");
        assertThat(failure.getMessage()).contains("token limit");
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
