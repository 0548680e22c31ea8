package io.camelchat.chatcompletion.resilience;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregate mode: a stream that breaks off after some text is retried whole; the route sees only the retry's answer,
 * never the first attempt's text glued to it. When every attempt breaks off, the failure carries the last attempt's
 * partial text.
 */
class AggregateRetryAfterPartialTextTest extends ResilienceTestSupport {

    private static final String BROKEN_OFF = ""
            + "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"}}]}\n\n"
            + "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo\"}}]}\n\n";
    private static final String COMPLETE = ""
            + "data: {\"id\":\"c2\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hello \"}}]}\n\n"
            + "data: {\"id\":\"c2\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"world\"},\"finish_reason\":\"stop\"}]}\n\n"
            + "data: [DONE]\n\n";

    @Test
    void theRetrysAnswerAloneReachesTheRoute() {
        server.enqueue(ScriptedResponse.sse(BROKEN_OFF)).enqueue(ScriptedResponse.sse(COMPLETE));

        Exchange result = ask("&stream=true&streamingMode=aggregate");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("Hello world");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.CONTENT)).isEqualTo("Hello world");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void whenEveryAttemptBreaksOffTheFailureCarriesTheLastPartialText() {
        server.enqueue(ScriptedResponse.sse(BROKEN_OFF)).enqueue(ScriptedResponse.sse(BROKEN_OFF))
                .enqueue(ScriptedResponse.sse(BROKEN_OFF));

        Exchange result = ask("&stream=true&streamingMode=aggregate");

        ChatCompletionException failure = result.getException(ChatCompletionException.class);
        assertThat(failure).isNotNull();
        assertThat(failure.getPartialContent()).isEqualTo("Hello");
        assertThat(failure.isRetryable()).isTrue();
        assertThat(server.requestCount()).isEqualTo(3);
    }
}
