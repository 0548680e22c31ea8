package io.camelchat.chatcompletion.springboot;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.chatcompletion.enabled=false turns the auto-configuration off: the properties are not applied. */
@SpringBootTest(classes = DisabledStarterLeavesComponentAloneTest.NoRoutes.class, properties = {
        "camel.component.chatcompletion.enabled=false",
        "camel.component.chatcompletion.base-url=http://gateway.example:8080" })
class DisabledStarterLeavesComponentAloneTest {

    /** No routes: an endpoint without baseUrl would stop the application from starting. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class NoRoutes {
    }

    @Autowired
    CamelContext context;

    @Test
    void thePropertiesAreNotApplied() {
        assertThat(context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration()
                .getBaseUrl()).isNull();
    }
}
