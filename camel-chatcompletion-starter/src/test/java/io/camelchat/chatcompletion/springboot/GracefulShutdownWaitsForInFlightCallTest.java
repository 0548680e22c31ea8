package io.camelchat.chatcompletion.springboot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the Spring Boot application while a call is in flight (the server answers after 1.5 s) waits for the
 * answer: the exchange completes with it instead of failing.
 */
class GracefulShutdownWaitsForInFlightCallTest {

    @Test
    void theCallInFlightCompletesWithItsAnswer() throws Exception {
        try (ChatServer server = new ChatServer(1500)) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(ChatRoutesApplication.class)
                    .properties("camel.component.chatcompletion.base-url=" + server.baseUrl(),
                            "camel.main.shutdown-timeout=20")
                    .run();
            ProducerTemplate template = app.getBean(ProducerTemplate.class);
            CompletableFuture<Exchange> inFlight = template.asyncSend("direct:ask", e -> e.getMessage().setBody("wait"));
            while (server.authorizations.isEmpty()) {
                Thread.sleep(10);
            }

            long start = System.nanoTime();
            app.close();
            long closeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            Exchange result = inFlight.get(5, TimeUnit.SECONDS);
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getBody()).isEqualTo("You said: wait");
            assertThat(closeMillis).as("close waited for the answer").isGreaterThan(1000);
        }
    }
}
