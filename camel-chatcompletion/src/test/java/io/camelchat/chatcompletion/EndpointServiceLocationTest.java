package io.camelchat.chatcompletion;

import java.util.Map;

import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's tooling and tracing see where calls go: the base URL over http, with the model as metadata; never the key.
 */
class EndpointServiceLocationTest extends CamelTestSupport {

    @Test
    void reportsBaseUrlProtocolAndModel() {
        EndpointServiceLocation location = context.getEndpoint(
                "chatcompletion:gpt-4o-mini?baseUrl=https://gateway.example.com&apiKey=sk-hidden",
                ChatCompletionEndpoint.class);

        assertThat(location.getServiceUrl()).isEqualTo("https://gateway.example.com");
        assertThat(location.getServiceProtocol()).isEqualTo("http");
        assertThat(location.getServiceMetadata()).isEqualTo(Map.of("model", "gpt-4o-mini"));
        assertThat(location.toString()).doesNotContain("sk-hidden");
    }
}
