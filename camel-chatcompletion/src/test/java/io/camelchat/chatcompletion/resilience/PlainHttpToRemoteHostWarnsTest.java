package io.camelchat.chatcompletion.resilience;

import java.util.Arrays;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.StdErrCapture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint that would send the API key in plain http to a host other than loopback logs exactly one WARN when it
 * starts (and never the key); https and loopback hosts log none.
 */
class PlainHttpToRemoteHostWarnsTest extends ResilienceTestSupport {

    @ParameterizedTest(name = "{0} -> {1} WARN")
    @CsvSource({
            "http://api.example.com/v1, 1",
            "http://10.1.2.3:8080, 1",
            "https://api.example.com/v1, 0",
            "http://127.0.0.1:8080, 0",
            "http://localhost:8080, 0",
            "http://[::1]:8080, 0" })
    void plainHttpToARemoteHostLogsOneWarnAtStart(String baseUrl, int expectedWarnings) throws Exception {
        String log;
        try (StdErrCapture stderr = new StdErrCapture()) {
            ChatCompletionEndpoint endpoint = context.getEndpoint(
                    "chatcompletion:" + MODEL + "?baseUrl=" + baseUrl + "&apiKey=" + API_KEY,
                    ChatCompletionEndpoint.class);
            endpoint.start();
            endpoint.stop();
            log = stderr.text();
        }

        long warnings = Arrays.stream(log.split("\\R"))
                .filter(line -> line.contains(" WARN io.camelchat.chatcompletion")).count();
        assertThat(warnings).as(log).isEqualTo(expectedWarnings);
        assertThat(log).doesNotContain(API_KEY);
    }
}
