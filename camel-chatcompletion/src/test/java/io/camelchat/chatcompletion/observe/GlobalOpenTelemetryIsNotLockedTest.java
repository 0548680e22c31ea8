package io.camelchat.chatcompletion.observe;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ReplayServerTestSupport;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no OpenTelemetry configured (and no Java agent), the component never reads GlobalOpenTelemetry: reading it
 * would install a no-op for good, and an application that sets the global later would fail.
 */
class GlobalOpenTelemetryIsNotLockedTest extends ReplayServerTestSupport {

    @AfterEach
    void resetGlobal() {
        GlobalOpenTelemetry.resetForTest();
    }

    @Test
    void theApplicationCanStillSetTheGlobalAfterCalls() {
        GlobalOpenTelemetry.resetForTest();
        server.enqueue(ScriptedResponse.json(200, Bodies.openAi("Hi")));

        Exchange exchange = template.request("chatcompletion:gpt-4o-mini?baseUrl=" + server.baseUrl(),
                e -> e.getMessage().setBody("Hello!"));

        assertThat(exchange.getException()).isNull();
        assertThatCode(() -> GlobalOpenTelemetry.set(OpenTelemetry.noop())).doesNotThrowAnyException();
    }
}
