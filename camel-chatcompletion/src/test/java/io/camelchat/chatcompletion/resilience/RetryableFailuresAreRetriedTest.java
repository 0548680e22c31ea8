package io.camelchat.chatcompletion.resilience;

import java.util.stream.Stream;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client contract rule 3: 408, 409, 429 and 5xx, transient envelope and inline codes, protocol and transport errors are
 * retried; the retry's answer is the exchange's result.
 */
class RetryableFailuresAreRetriedTest extends ResilienceTestSupport {

    static Stream<Arguments> retryable() {
        Stream<Arguments> statuses = Stream.of(408, 409, 429, 500, 502, 503, 504)
                .map(status -> Arguments.of("HTTP " + status, ScriptedResponse.json(status, SERVER_BUSY)));
        return Stream.concat(statuses, Stream.of(
                Arguments.of("envelope code 503", ScriptedResponse.json(200,
                        "{\"success\":false,\"code\":\"503\",\"message\":\"busy\",\"data\":null}")),
                Arguments.of("envelope numeric code 429", ScriptedResponse.json(200,
                        "{\"success\":false,\"code\":429,\"message\":\"slow down\",\"data\":null}")),
                Arguments.of("inline server_error", ScriptedResponse.json(200,
                        "{\"error\":{\"message\":\"oops\",\"type\":\"server_error\",\"code\":null}}")),
                Arguments.of("inline rate_limit_exceeded", ScriptedResponse.json(200,
                        "{\"error\":{\"message\":\"slow\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}")),
                Arguments.of("protocol: empty 200 body", ScriptedResponse.json(200, "")),
                Arguments.of("protocol: truncated stream", ScriptedResponse.sse(
                        "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"}}]}\n\n",
                        "data: [DONE]\n\n")),
                Arguments.of("transport: reset", resetBeforeFirstByte())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("retryable")
    void isRetriedAndTheRetrySucceeds(String name, ScriptedResponse failure) {
        server.enqueue(failure).enqueue(ok("recovered"));

        Exchange result = ask("&streamingMode=aggregate");

        assertThat(result.getException()).as(name).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("recovered");
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
