package io.camelchat.chatcompletion.springboot;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot Actuator, the component records its GenAI meters into Spring Boot's own MeterRegistry, with no
 * configuration: a call shows up as gen_ai.client.operation.duration and gen_ai.client.token.usage.
 */
@SpringBootTest(classes = TestApplication.class, properties = "camel.component.chatcompletion.api-key=sk-test-secret-123")
class MetricsInTheBootRegistryTest {

    static final ChatServer SERVER = PropertiesBindAndCallsWorkTest.start();

    @Autowired
    ProducerTemplate template;
    @Autowired
    MeterRegistry registry;

    @DynamicPropertySource
    static void baseUrl(DynamicPropertyRegistry properties) {
        properties.add("camel.component.chatcompletion.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void aCallIsMeasuredInTheBootRegistry() {
        template.requestBody("chatcompletion:gpt-4o-mini", "Hello", String.class);

        assertThat(registry.find("gen_ai.client.operation.duration").tag("gen_ai.request.model", "gpt-4o-mini")
                .summary()).as("operation duration in Spring Boot's %s", registry.getClass().getSimpleName())
                .isNotNull().satisfies(duration -> assertThat(duration.count()).isEqualTo(1));
        assertThat(registry.find("gen_ai.client.token.usage").summaries()).isNotEmpty();
    }
}
