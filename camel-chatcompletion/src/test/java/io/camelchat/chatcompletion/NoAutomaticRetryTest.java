package io.camelchat.chatcompletion;

import com.github.tomakehurst.wiremock.http.Fault;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCallTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The component never retries or follows redirects on its own: one exchange, one request. */
class NoAutomaticRetryTest extends ChatCallTestSupport {

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = { 429, 500, 502, 503, 504 })
    void aRetryableStatusIsSentOnce(int status) {
        stubChat(json(status, "{\"error\":{\"message\":\"busy\",\"type\":\"server_error\",\"code\":null}}"));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getHttpStatus()).isEqualTo(status);
        assertThat(failure.isRetryable()).isTrue();
        wireMock.verify(1, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRedirectIsNotFollowed() {
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/elsewhere"))
                .willReturn(json(200, Bodies.openAi("redirected"))));
        stubChat(aResponse().withStatus(307).withHeader("Location", baseUrl() + "/elsewhere"));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.HTTP);
        assertThat(failure.getHttpStatus()).isEqualTo(307);
        assertThat(failure.isRetryable()).isFalse();
        wireMock.verify(1, postRequestedFor(urlEqualTo(CHAT_PATH)));
        wireMock.verify(0, postRequestedFor(urlEqualTo("/elsewhere")));
    }

    @Test
    void aResetConnectionIsNotRetried() {
        stubChat(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        ChatCompletionException failure = failureOf(ask(""));

        assertThat(failure.getKind()).isEqualTo(ChatCompletionErrorKind.TRANSPORT);
        assertThat(failure.isRetryable()).isTrue();
        wireMock.verify(1, anyRequestedFor(anyUrl()));
    }
}
