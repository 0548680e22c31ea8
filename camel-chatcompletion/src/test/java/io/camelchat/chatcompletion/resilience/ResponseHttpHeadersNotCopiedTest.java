package io.camelchat.chatcompletion.resilience;

import java.util.Set;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Response HTTP headers other than the rate-limit ones (x-request-id, Server, Set-Cookie, ...) are not copied into the
 * exchange, on success or failure: the message only gains
 * CamelChatCompletion* headers and Camel's CamelHttpResponseCode.
 */
class ResponseHttpHeadersNotCopiedTest extends ResilienceTestSupport {

    private static ScriptedResponse withServerHeaders(ScriptedResponse response) {
        return response.withHeader("x-request-id", "req-123").withHeader("Server", "test-server/1.0")
                .withHeader("Set-Cookie", "session=abc").withHeader("openai-organization", "org-1")
                .withHeader("x-ratelimit-remaining-requests", "10");
    }

    @Test
    void successCopiesNoHttpHeader() {
        server.enqueue(withServerHeaders(ok("fine")));

        Exchange result = ask("");

        assertThat(result.getException()).isNull();
        assertOnlyCamelChatHeaders(result);
    }

    @Test
    void failureCopiesNoHttpHeader() {
        server.enqueue(withServerHeaders(ScriptedResponse.json(429, RATE_LIMITED)));

        Exchange result = ask("&maxRetries=0");

        assertThat(failureOf(result).getHttpStatus()).isEqualTo(429);
        assertOnlyCamelChatHeaders(result);
    }

    private static void assertOnlyCamelChatHeaders(Exchange result) {
        Set<String> names = result.getMessage().getHeaders().keySet();
        System.out.println("exchange headers after the call: " + names);
        assertThat(names).allMatch(name -> name.startsWith("CamelChatCompletion") || name.equals(Exchange.HTTP_RESPONSE_CODE),
                "only CamelChatCompletion* headers and CamelHttpResponseCode");
        assertThat(result.getMessage().getHeaders().values()).doesNotContain("req-123", "test-server/1.0",
                "session=abc", "org-1");
    }
}
