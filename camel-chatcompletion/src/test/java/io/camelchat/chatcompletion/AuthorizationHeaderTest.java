package io.camelchat.chatcompletion;

import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class AuthorizationHeaderTest extends WireMockCamelTestSupport {

    @Test
    void apiKeyIsSentAsBearerTokenWithJsonHeaders() {
        stubOk();

        Exchange result = template.request(chatUri("gpt-4o-mini", ""), e -> e.getMessage().setBody("Hello!"));

        assertThat(result.getException()).isNull();
        wireMock.verify(1, postRequestedFor(urlEqualTo(CHAT_PATH))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", matching("application/json(;.*)?")));
        assertThat(onlyRequest().getHeaders().getHeader("Authorization").values()).containsExactly("Bearer " + API_KEY);
    }

    @Test
    void noAuthorizationHeaderWithoutApiKey() {
        stubOk();

        Exchange result = template.request("chatcompletion:gpt-4o-mini?baseUrl=" + baseUrl(),
                e -> e.getMessage().setBody("Hello!"));

        assertThat(result.getException()).isNull();
        wireMock.verify(1, postRequestedFor(urlEqualTo(CHAT_PATH))
                .withoutHeader("Authorization")
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("Content-Type", matching("application/json(;.*)?")));
    }
}
