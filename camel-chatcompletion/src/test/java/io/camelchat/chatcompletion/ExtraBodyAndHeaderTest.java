package io.camelchat.chatcompletion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.support.Jsons;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ExtraBodyAndHeaderTest extends WireMockCamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        String responseFormat = URLEncoder.encode("{\"type\":\"json_object\"}", StandardCharsets.UTF_8);
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").to(chatUri("gpt-4o-mini", "&extraBody.seed=42&extraBody.reasoning_effort=low"
                                                             + "&extraBody.response_format=" + responseFormat
                                                             + "&extraHeader.X-Trace=abc"));
            }
        };
    }

    @Test
    void extraBodyFieldsAreSentAsJsonValues() {
        stubOk();

        Exchange result = template.request("direct:start", e -> e.getMessage().setBody("Hello!"));

        assertThat(result.getException()).isNull();
        JsonNode sent = onlyRequestJson();
        assertThat(sent).isEqualTo(Jsons.parse("""
                {"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hello!"}],
                 "seed":42,"reasoning_effort":"low","response_format":{"type":"json_object"}}"""));
        assertThat(sent.get("seed").isIntegralNumber()).isTrue();
        assertThat(sent.get("reasoning_effort").isTextual()).isTrue();
        assertThat(sent.get("response_format").isObject()).isTrue();
    }

    @Test
    void extraHeaderIsSentButExchangeHeadersAreNot() {
        stubOk();

        Exchange result = template.request("direct:start", e -> {
            e.getMessage().setBody("Hello!");
            e.getMessage().setHeader("X-Other", "leak");
            e.getMessage().setHeader("CamelFoo", "leak");
            e.getMessage().setHeader("Authorization", "Bearer from-exchange");
        });

        assertThat(result.getException()).isNull();
        wireMock.verify(1, postRequestedFor(urlEqualTo(CHAT_PATH))
                .withHeader("X-Trace", equalTo("abc"))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withoutHeader("X-Other")
                .withoutHeader("CamelFoo"));
        assertThat(onlyRequest().getAllHeaderKeys()).noneMatch(name -> name.startsWith("Camel"));
    }
}
