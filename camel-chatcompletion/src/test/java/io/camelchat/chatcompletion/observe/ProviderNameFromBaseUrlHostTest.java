package io.camelchat.chatcompletion.observe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** gen_ai.provider.name defaults to the OpenTelemetry name of well-known hosts, and to openai for any other host. */
class ProviderNameFromBaseUrlHostTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "api.openai.com, openai",
            "my-resource.openai.azure.com, azure.ai.openai",
            "My-Resource.OpenAI.Azure.com, azure.ai.openai",
            "x.services.ai.azure.com, azure.ai.inference",
            "api.deepseek.com, deepseek",
            "api.mistral.ai, mistral_ai",
            "api.groq.com, groq",
            "api.x.ai, x_ai",
            "generativelanguage.googleapis.com, gcp.gemini",
            "bedrock-runtime.us-east-1.amazonaws.com, aws.bedrock",
            "gateway.example.com, openai",
            "127.0.0.1, openai" })
    void derivesTheProviderFromTheHost(String host, String provider) {
        assertThat(ProviderNames.derive(host)).isEqualTo(provider);
    }
}
