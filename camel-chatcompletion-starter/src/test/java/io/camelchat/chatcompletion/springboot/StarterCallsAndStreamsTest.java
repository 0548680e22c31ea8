package io.camelchat.chatcompletion.springboot;

import java.io.IOException;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Spring Boot setup, end to end against a loopback server: the component configured only from
 * application properties answers a call and an aggregated stream, with the key and extra header on the wire.
 */
@SpringBootTest(classes = ChatRoutesApplication.class, properties = {
        "camel.component.chatcompletion.api-key=sk-starter-key",
        "camel.component.chatcompletion.extra-header[X-Trace-Id]=trace-1" })
class StarterCallsAndStreamsTest {

    static final ChatServer SERVER = start();

    @Autowired
    ProducerTemplate template;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        registry.add("camel.component.chatcompletion.base-url", SERVER::baseUrl);
    }

    @AfterAll
    static void stopServer() {
        SERVER.close();
    }

    @Test
    void aCallIsAnswered() {
        Exchange result = template.request("direct:ask", e -> e.getMessage().setBody("Hello"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("You said: Hello");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS)).isEqualTo(7);
        assertThat(SERVER.authorizations).contains("Bearer sk-starter-key");
        assertThat(SERVER.traceIds).contains("trace-1");
    }

    @Test
    void aStreamIsAggregated() {
        Exchange result = template.request("direct:stream", e -> e.getMessage().setBody("Stream this"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("You said: Stream this");
        assertThat(result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON)).isEqualTo("stop");
    }

    private static ChatServer start() {
        try {
            return new ChatServer(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
