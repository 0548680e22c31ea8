package io.camelchat.chatcompletion.resilience;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Client contract rule 3: other statuses and declared errors fail the exchange after one request. */
class NonRetryableFailuresAreNotRetriedTest extends ResilienceTestSupport {

    static Stream<Arguments> notRetryable() {
        Stream<Arguments> statuses = Stream.of(400, 401, 403, 404, 413, 422)
                .map(status -> Arguments.of("HTTP " + status, ScriptedResponse.json(status,
                        "{\"error\":{\"message\":\"no\",\"type\":\"invalid_request_error\",\"code\":null}}")));
        return Stream.concat(statuses, Stream.of(
                Arguments.of("inline invalid_request_error", ScriptedResponse.json(200,
                        "{\"error\":{\"message\":\"no\",\"type\":\"invalid_request_error\",\"code\":\"bad\"}}")),
                Arguments.of("envelope code 400", ScriptedResponse.json(200,
                        "{\"success\":false,\"code\":\"400\",\"message\":\"bad\",\"data\":null}"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notRetryable")
    void failsAfterOneRequest(String name, ScriptedResponse failure) {
        server.enqueue(failure).enqueue(ok("never reached"));

        Exchange result = ask("");

        ChatCompletionException error = failureOf(result);
        assertThat(error.isRetryable()).as(name).isFalse();
        assertThat(attempts(result)).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(1);
    }
}
