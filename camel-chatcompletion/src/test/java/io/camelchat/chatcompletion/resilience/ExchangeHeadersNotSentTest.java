package io.camelchat.chatcompletion.resilience;

import java.util.Map;

import io.camelchat.chatcompletion.testsupport.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exchange headers stay inside Camel: none of them becomes an HTTP request header, on any attempt. */
class ExchangeHeadersNotSentTest extends ResilienceTestSupport {

    @Test
    void exchangeHeadersAreNotSentAsHttpHeaders() {
        server.enqueue(resetBeforeFirstByte()).enqueue(ok("fine"));

        Exchange result = template.request(uri(""), e -> {
            e.getMessage().setBody("Hello!");
            e.getMessage().setHeader("X-Internal-Token", "internal-secret-1");
            e.getMessage().setHeader("Authorization", "Bearer exchange-header-token");
            e.getMessage().setHeader("x-request-id", "from-the-exchange");
            e.getMessage().setHeader("CamelHttpMethod", "DELETE");
            e.getMessage().setHeader("Cookie", "session=exchange");
        });

        assertThat(result.getException()).isNull();
        assertThat(server.requests()).hasSize(2).allSatisfy(request -> {
            Map<String, String> headers = request.headers();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + API_KEY);
            assertThat(request.header("X-Internal-Token")).isNull();
            assertThat(request.header("x-request-id")).isNull();
            assertThat(request.header("Cookie")).isNull();
            assertThat(request.header("CamelHttpMethod")).isNull();
            assertThat(headers.values()).noneMatch(v -> v.contains("internal-secret-1")
                                                        || v.contains("exchange-header-token")
                                                        || v.contains("from-the-exchange"));
        });
        System.out.println("request headers sent: " + server.requests().stream().map(RecordedRequest::headers)
                .map(Map::keySet).toList());
    }
}
