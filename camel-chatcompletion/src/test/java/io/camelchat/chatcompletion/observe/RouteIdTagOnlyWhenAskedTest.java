package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meters carry camel.route.id only on an endpoint with metricsRouteIdTag=true; providerName replaces the derived
 * provider; the meterRegistry option picks one of several registries.
 */
class RouteIdTagOnlyWhenAskedTest extends MetricsTestSupport {

    private final MeterRegistry chosen = new SimpleMeterRegistry();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                context.getRegistry().bind("chosen", chosen);
                from("direct:tagged").routeId("tagged-route")
                        .to(uri("&metricsRouteIdTag=true&providerName=my-gateway&meterRegistry=#chosen"));
                // two registries in the Camel registry: an endpoint must name its own
                from("direct:plain").routeId("plain-route").to(uri("&meterRegistry=#meters"));
            }
        };
    }

    @Test
    void onlyTheEndpointThatAsksTagsItsMetersWithTheRouteId() {
        server.respondWith(request -> ScriptedResponse.json(200, Bodies.openAi("Hi")));

        template.requestBody("direct:tagged", "Hello!");
        template.requestBody("direct:plain", "Hello!");

        Meter tagged = chosen.find("gen_ai.client.operation.duration").summary();
        assertThat(tagged.getId().getTag("camel.route.id")).isEqualTo("tagged-route");
        assertThat(tagged.getId().getTag("gen_ai.provider.name")).isEqualTo("my-gateway");
        assertThat(meters.find("gen_ai.client.operation.duration").summaries()).singleElement()
                .satisfies(plain -> {
                    assertThat(plain.getId().getTag("camel.route.id")).isNull();
                    assertThat(plain.getId().getTag("gen_ai.provider.name")).isEqualTo("openai");
                });
        assertThat(meters.getMeters()).noneMatch(m -> m.getId().getTag("camel.route.id") != null);
    }
}
