package io.camelchat.chatcompletion.support;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel test against a real WireMock HTTP server on a free loopback port.
 */
public abstract class WireMockCamelTestSupport extends ChatCompletionTestSupport {

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

    /** Any POST gets a plain OpenAI answer with content "ok". */
    protected static void stubOk() {
        wireMock.stubFor(post(anyUrl()).willReturn(okJson(Bodies.openAi("ok"))));
    }

    /** Every POST the stub received. */
    protected static List<LoggedRequest> receivedRequests() {
        return wireMock.findAll(postRequestedFor(anyUrl()));
    }

    /** The single request the stub received; fails unless exactly one arrived. */
    protected static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = receivedRequests();
        assertThat(requests).as("requests received by the stub").hasSize(1);
        return requests.get(0);
    }

    /** The JSON body of the single request the stub received. */
    protected static JsonNode onlyRequestJson() {
        return Jsons.parse(onlyRequest().getBodyAsString());
    }
}
