package io.camelchat.chatcompletion;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.support.Jsons;
import io.camelchat.chatcompletion.support.WireMockCamelTestSupport;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * toD("chatcompletion:${header.model}") with three models uses one endpoint and one producer; each request names the
 * model of its exchange.
 */
class ToDReusesOneEndpointTest extends WireMockCamelTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start")
                        .toD("chatcompletion:${header.model}?baseUrl=" + baseUrl() + "&temperature=0.3");
            }
        };
    }

    @Test
    void threeModelsOneEndpoint() throws Exception {
        stubOk();
        for (String model : List.of("model-a", "model-b", "model-c")) {
            template.sendBodyAndHeader("direct:start", "hi", "model", model);
        }

        List<Endpoint> chatEndpoints = context.getEndpoints().stream()
                .filter(e -> e instanceof ChatCompletionEndpoint).toList();
        assertThat(chatEndpoints).hasSize(1);
        assertThat(receivedRequests()).extracting(r -> Jsons.parse(r.getBodyAsString()).get("model").asText())
                .containsExactly("model-a", "model-b", "model-c");
        JsonNode last = Jsons.parse(receivedRequests().get(2).getBodyAsString());
        assertThat(last.get("temperature").asDouble()).isEqualTo(0.3);
    }
}
