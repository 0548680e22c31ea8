package io.camelchat.chatcompletion.examples;

import java.util.Map;

import io.camelchat.chatcompletion.examples.gateway.EmbeddedGateway;

/**
 * Where the examples send their calls: a real server when CHATCOMPLETION_BASE_URL is set (with
 * CHATCOMPLETION_API_KEY, CHATCOMPLETION_MODEL and CHATCOMPLETION_CHAT_PATH), otherwise an embedded gateway.
 */
public record ExampleSettings(String baseUrl, String chatPath, String apiKey, String model, EmbeddedGateway gateway)
        implements AutoCloseable {

    public static ExampleSettings fromEnvironment(Map<String, String> env) {
        String baseUrl = env.get("CHATCOMPLETION_BASE_URL");
        String model = env.getOrDefault("CHATCOMPLETION_MODEL", "gpt-4o-mini");
        if (baseUrl == null || baseUrl.isBlank()) {
            EmbeddedGateway gateway = EmbeddedGateway.vendor();
            return new ExampleSettings(gateway.baseUrl(), gateway.chatPath(), EmbeddedGateway.API_KEY, model, gateway);
        }
        return new ExampleSettings(baseUrl,
                env.getOrDefault("CHATCOMPLETION_CHAT_PATH", EmbeddedGateway.VENDOR_CHAT_PATH),
                env.getOrDefault("CHATCOMPLETION_API_KEY", ""), model, null);
    }

    /** Where calls go, for the console; never the key. */
    public String describe() {
        return (gateway != null ? "embedded gateway " : "") + baseUrl + chatPath + " model " + model;
    }

    @Override
    public void close() {
        if (gateway != null) {
            gateway.close();
        }
    }
}
