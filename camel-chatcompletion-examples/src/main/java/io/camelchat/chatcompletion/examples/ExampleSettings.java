package io.camelchat.chatcompletion.examples;

import java.time.Duration;
import java.util.Map;

import io.camelchat.chatcompletion.examples.gateway.EmbeddedGateway;
import io.camelchat.chatcompletion.examples.gateway.GatewayOptions;

/**
 * Where the examples send their calls: a real server when CHATCOMPLETION_BASE_URL is set (with
 * CHATCOMPLETION_API_KEY, CHATCOMPLETION_MODEL and CHATCOMPLETION_CHAT_PATH), otherwise an embedded gateway
 * (vendor API unless CHATCOMPLETION_GATEWAY_FORMAT=openai, latency CHATCOMPLETION_GATEWAY_LATENCY_MS, default 200;
 * a requests-per-minute quota with CHATCOMPLETION_GATEWAY_RPM, default none).
 *
 * @param baseUrl  the server's base URL
 * @param chatPath the chat completion path
 * @param apiKey   the Bearer key
 * @param model    the model every example calls
 * @param gateway  the embedded gateway, or null when calls go to a real server
 */
public record ExampleSettings(String baseUrl, String chatPath, String apiKey, String model, EmbeddedGateway gateway)
        implements AutoCloseable {

    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    public static ExampleSettings fromEnvironment(Map<String, String> env) {
        String baseUrl = env.get("CHATCOMPLETION_BASE_URL");
        String model = env.getOrDefault("CHATCOMPLETION_MODEL", DEFAULT_MODEL);
        if (baseUrl == null || baseUrl.isBlank()) {
            GatewayOptions options = "openai".equalsIgnoreCase(env.get("CHATCOMPLETION_GATEWAY_FORMAT"))
                    ? GatewayOptions.openAi() : GatewayOptions.vendor();
            long latency = Long.parseLong(env.getOrDefault("CHATCOMPLETION_GATEWAY_LATENCY_MS", "200"));
            int quota = Integer.parseInt(env.getOrDefault("CHATCOMPLETION_GATEWAY_RPM", "0"));
            return embedded(options.withLatency(Duration.ofMillis(latency)).withRequestsPerMinute(quota), model);
        }
        return new ExampleSettings(baseUrl,
                env.getOrDefault("CHATCOMPLETION_CHAT_PATH", EmbeddedGateway.VENDOR_CHAT_PATH),
                env.getOrDefault("CHATCOMPLETION_API_KEY", ""), model, null);
    }

    /** Starts an embedded gateway with these options and points the examples at it. */
    public static ExampleSettings embedded(GatewayOptions options, String model) {
        EmbeddedGateway gateway = EmbeddedGateway.start(options);
        return new ExampleSettings(gateway.baseUrl(), gateway.chatPath(), EmbeddedGateway.API_KEY, model, gateway);
    }

    /** Whether calls go to the embedded gateway, whose answers (and scripted faults) are known in advance. */
    public boolean isEmbedded() {
        return gateway != null;
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
