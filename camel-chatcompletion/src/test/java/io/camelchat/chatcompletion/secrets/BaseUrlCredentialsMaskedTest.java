package io.camelchat.chatcompletion.secrets;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials in the base URL's user-info show neither in the service URL Camel's tooling reads nor in the
 * endpoint's toString, plain or URL-encoded.
 */
class BaseUrlCredentialsMaskedTest extends ChatCompletionTestSupport {

    @Test
    void userInfoIsMaskedInServiceUrlAndToString() {
        ChatCompletionEndpoint plain = context.getEndpoint(
                "chatcompletion:m?baseUrl=https://user:s3cr3t-pw@gateway.example.com", ChatCompletionEndpoint.class);
        ChatCompletionEndpoint encoded = context.getEndpoint(
                "chatcompletion:m2?baseUrl=https%3A%2F%2Fuser%3As3cr3t-pw%40gateway.example.com",
                ChatCompletionEndpoint.class);

        for (ChatCompletionEndpoint endpoint : new ChatCompletionEndpoint[] { plain, encoded }) {
            assertThat(endpoint.getServiceUrl()).doesNotContain("s3cr3t-pw").contains("gateway.example.com");
            assertThat(endpoint.toString()).doesNotContain("s3cr3t-pw").contains("gateway.example.com");
        }
    }
}
