package io.camelchat.chatcompletion;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.Jsons;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML DSL route with `to: {uri: chatcompletion:..., parameters: {...}}`, configured through Camel Main and an
 * application.properties file (camel.component.chatcompletion.*), runs against a real HTTP server.
 */
class YamlRouteWithMainPropertiesTest extends WireMockCamelTestSupport {

    @Test
    void yamlRouteCallsTheServerWithPropertiesAndParameters() throws Exception {
        wireMock.stubFor(post(urlEqualTo(CHAT_PATH)).willReturn(okJson(Bodies.envelope("Camel"))));
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("classpath:yaml/application.properties");
        main.addInitialProperty("camel.component.chatcompletion.base-url", baseUrl());
        main.addInitialProperty("camel.component.chatcompletion.api-key", API_KEY);
        main.start();
        try {
            CamelContext camel = main.getCamelContext();
            Exchange result = camel.createProducerTemplate().request("direct:ask",
                    e -> e.getMessage().setBody("Which integration framework?"));

            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody()).isEqualTo("Camel");
            JsonNode sent = onlyRequestJson();
            assertThat(sent.get("model").asText()).isEqualTo("yaml-model");
            assertThat(sent.get("temperature").asDouble()).isEqualTo(0.4);
            assertThat(sent.get("max_tokens").asInt()).isEqualTo(16);
            assertThat(sent.get("messages").get(0).get("content").asText()).isEqualTo("Answer in one word.");
            assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
        } finally {
            main.stop();
        }
    }
}
