package io.camelchat.chatcompletion.support;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * A Camel test against a real WireMock HTTP server on a free loopback port.
 */
public abstract class WireMockCamelTestSupport extends CamelTestSupport {

    public static final String CHAT_PATH = "/api/v1/chat/completions";
    public static final String API_KEY = "sk-test-secret-4242";

    @RegisterExtension
    protected static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().jettyAcceptors(1).containerThreads(64))
            .build();

    protected static String baseUrl() {
        return wireMock.baseUrl();
    }

    /** An endpoint URI against the stub for the given model and extra options (each starting with &amp;). */
    protected static String chatUri(String model, String options) {
        return "chatcompletion:" + model + "?baseUrl=" + baseUrl() + "&apiKey=" + API_KEY + options;
    }
}
