package io.camelchat.chatcompletion;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import io.camelchat.chatcompletion.support.StdErrCapture;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The API key (sk-test-secret-4242, set by chatUri) shows up in no URI, exception or log line.
 */
class ApiKeyNeverLeaksTest extends WireMockCamelTestSupport {

    @ParameterizedTest
    @ValueSource(strings = { "apiKey=" + API_KEY, "apiKey=RAW(" + API_KEY + ")" })
    void toStringMasksTheKeyAndTheUriResolvesToTheSameEndpoint(String apiKeyOption) {
        Endpoint endpoint = context.getEndpoint(
                "chatcompletion:gpt-4o-mini?baseUrl=" + baseUrl() + "&" + apiKeyOption + "&temperature=0.2");

        assertThat(((ChatCompletionEndpoint) endpoint).getConfiguration().getApiKey()).isEqualTo(API_KEY);
        assertThat(endpoint.toString()).doesNotContain(API_KEY).contains("apiKey=xxxxxx");
        assertThat(endpoint.getEndpointBaseUri()).doesNotContain(API_KEY);
        // the endpoint keeps its real URI, so resolving it again gives the same endpoint and its real key
        assertThat(context.getEndpoint(endpoint.getEndpointUri())).isSameAs(endpoint);
    }

    @Test
    void failedCallNeitherThrowsNorLogsTheKey() {
        wireMock.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"bad key\"}}")));

        Exchange result;
        String log;
        try (StdErrCapture stderr = new StdErrCapture()) {
            result = template.request(chatUri("gpt-4o-mini", ""), e -> e.getMessage().setBody("Hello!"));
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> stderr.text().contains("DEBUG io.camelchat.chatcompletion.call.ChatCall - Chat completion "
                                                 + "model=gpt-4o-mini failed"));
            log = stderr.text();
        }

        assertThat(result.getException()).isInstanceOf(ChatCompletionException.class);
        ChatCompletionException failure = (ChatCompletionException) result.getException();
        assertThat(failure.getHttpStatus()).isEqualTo(401);
        assertThat(failure.getProviderMessage()).isEqualTo("bad key");
        assertThat(failure.getMessage()).doesNotContain(API_KEY);
        assertThat(failure.toString()).doesNotContain(API_KEY);
        assertThat(failure.getResponseBody()).doesNotContain(API_KEY);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(API_KEY);
        assertThat(log).contains("HTTP 401").doesNotContain(API_KEY);
    }

    @Test
    void successfulCallDoesNotLogTheKey() {
        stubOk();

        String log;
        try (StdErrCapture stderr = new StdErrCapture()) {
            Exchange result = template.request(chatUri("gpt-4o-mini", ""), e -> e.getMessage().setBody("Hello!"));
            assertThat(result.getException()).isNull();
            await().atMost(Duration.ofSeconds(5)).until(
                    () -> stderr.text().contains("Chat completion model=gpt-4o-mini status=200"));
            log = stderr.text();
        }

        assertThat(log).contains("DEBUG").doesNotContain(API_KEY);
    }
}
