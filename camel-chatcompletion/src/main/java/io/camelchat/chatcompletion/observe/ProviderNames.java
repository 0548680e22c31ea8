package io.camelchat.chatcompletion.observe;

import java.util.Locale;

/**
 * Derives gen_ai.provider.name from the host of the base URL when the providerName option is not set. The well-known
 * values are those of the OpenTelemetry GenAI conventions; any other host (a gateway, a self-hosted server) gives
 * {@value #FALLBACK}, because the component speaks the OpenAI chat completion API, as OpenAI client instrumentations
 * report for OpenAI-compatible servers.
 */
public final class ProviderNames {

    /** The provider name of hosts that are not recognised. */
    public static final String FALLBACK = "openai";

    private ProviderNames() {
    }

    public static String derive(String host) {
        if (host == null || host.isBlank()) {
            return FALLBACK;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("api.openai.com")) {
            return "openai";
        }
        if (h.endsWith(".openai.azure.com")) {
            return "azure.ai.openai";
        }
        if (h.endsWith(".services.ai.azure.com") || h.endsWith(".inference.ai.azure.com")) {
            return "azure.ai.inference";
        }
        if (h.equals("api.anthropic.com")) {
            return "anthropic";
        }
        if (h.equals("api.deepseek.com")) {
            return "deepseek";
        }
        if (h.equals("api.mistral.ai")) {
            return "mistral_ai";
        }
        if (h.equals("api.groq.com")) {
            return "groq";
        }
        if (h.equals("api.x.ai")) {
            return "x_ai";
        }
        if (h.equals("api.perplexity.ai")) {
            return "perplexity";
        }
        if (h.equals("api.cohere.com") || h.equals("api.cohere.ai")) {
            return "cohere";
        }
        if (h.equals("generativelanguage.googleapis.com")) {
            return "gcp.gemini";
        }
        if (h.endsWith("aiplatform.googleapis.com")) {
            return "gcp.vertex_ai";
        }
        if (h.startsWith("bedrock-runtime.") && h.endsWith(".amazonaws.com")) {
            return "aws.bedrock";
        }
        return FALLBACK;
    }
}
