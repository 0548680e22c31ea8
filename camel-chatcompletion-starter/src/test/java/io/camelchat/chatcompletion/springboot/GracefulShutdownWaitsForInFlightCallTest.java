package io.camelchat.chatcompletion.springboot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the Spring context while a call is in flight (the server answers after about a second) lets the call
 * finish: Camel's graceful shutdown waits for the in-flight exchange before the component closes its HTTP client.
 */
class GracefulShutdownWaitsForInFlightCallTest {

    @Test
    void contextCloseWaitsForTheInFlightCallWhichCompletesWithTheAnswer() throws Exception {
        try (ChatServer server = new ChatServer()) {
            server.delayAnswers(1000);
            ConfigurableApplicationContext spring = new SpringApplicationBuilder(TestApplication.class)
                    .properties("camel.component.chatcompletion.base-url=" + server.baseUrl(),
                            "camel.component.chatcompletion.api-key=sk-shutdown", "spring.main.banner-mode=off")
                    .run();
            CamelContext camel = spring.getBean(CamelContext.class);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:ask").routeId("ask").to("chatcompletion:test-model");
                }
            });
            ProducerTemplate template = camel.createProducerTemplate();

            CompletableFuture<Object> answer = template.asyncRequestBody("direct:ask", "What is the capital of France?");
            assertThat(server.received().await(10, TimeUnit.SECONDS)).isTrue();
            long closing = System.nanoTime();
            spring.close();
            long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - closing);

            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo(ChatServer.ANSWER);
            // the close waited for the answer (the server held it for ~1 s after the request arrived)
            assertThat(closeMillis).isGreaterThanOrEqualTo(500);
            assertThat(camel.isStopped()).isTrue();
        }
    }
}
