package io.camelchat.chatcompletion.secrets;

import java.time.Duration;

import io.camelchat.chatcompletion.support.StdErrCapture;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * HttpClient 5's header and wire loggers run at TRACE in this suite (simplelogger.properties). The component's own
 * connections never pass through them, so a call shows the key in no log line; a client of the user's own, which
 * goes through HttpClient 5, does print it there, which proves these loggers are live.
 */
class ApiKeyAbsentFromHttpClientLoggersTest extends WireMockCamelTestSupport {

    private static final String HEADERS_LOGGER = "org.apache.hc.client5.http.headers";
    private static final String WIRE_LOGGER = "org.apache.hc.client5.http.wire";

    @Test
    void componentConnectionsLogNoKeyAtTrace() {
        assertThat(LoggerFactory.getLogger(HEADERS_LOGGER).isTraceEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger(WIRE_LOGGER).isTraceEnabled()).isTrue();
        stubOk();

        String log;
        try (StdErrCapture stderr = new StdErrCapture()) {
            Exchange result = template.request(chatUri("gpt-4o-mini", ""), e -> e.getMessage().setBody("Hello!"));
            assertThat(result.getException()).isNull();
            await().atMost(Duration.ofSeconds(5)).until(() -> stderr.text().contains("Chat completion model="));
            log = stderr.text();
        }

        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        assertThat(log).doesNotContain(API_KEY).doesNotContain("Authorization");
    }

    @Test
    void aUsersOwnHttpClientLogsTheKeyThereWhichIsWhyTheComponentAvoidsIt() throws Exception {
        stubOk();
        try (CloseableHttpAsyncClient client = HttpAsyncClients.createMinimal()) {
            client.start();
            context.getRegistry().bind("userClient", client);

            String log;
            try (StdErrCapture stderr = new StdErrCapture()) {
                Exchange result = template.request(chatUri("gpt-4o-mini", "&httpClient=#userClient"),
                        e -> e.getMessage().setBody("Hello!"));
                assertThat(result.getException()).isNull();
                await().atMost(Duration.ofSeconds(5)).until(() -> stderr.text().contains(API_KEY));
                log = stderr.text();
            }

            assertThat(log).contains("Authorization: Bearer " + API_KEY);
        }
    }
}
