package io.camelchat.chatcompletion.examples.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * An OpenAI-compatible chat completion server started in-process on a free loopback port, so the examples run with
 * no network and no API key. It speaks the vendor API ({@code POST /api/v1/chat/completions}, Bearer key, envelope)
 * by default, or plain OpenAI format ({@code /v1/chat/completions}, no envelope).
 */
public final class EmbeddedGateway implements AutoCloseable {

    public static final String VENDOR_CHAT_PATH = "/api/v1/chat/completions";
    public static final String OPENAI_CHAT_PATH = "/v1/chat/completions";
    public static final String API_KEY = "sk-embedded-gateway";

    private final WireMockServer server;
    private final String chatPath;

    private EmbeddedGateway(boolean envelope) {
        chatPath = envelope ? VENDOR_CHAT_PATH : OPENAI_CHAT_PATH;
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                .disableRequestJournal()
                .extensions(new ChatAnswerTransformer(API_KEY, envelope)));
        server.start();
        server.stubFor(post(urlPathEqualTo(chatPath))
                .willReturn(aResponse().withTransformers(ChatAnswerTransformer.NAME)));
    }

    /** Starts a gateway speaking the vendor API with its envelope. */
    public static EmbeddedGateway vendor() {
        return new EmbeddedGateway(true);
    }

    /** Starts a gateway speaking plain OpenAI format. */
    public static EmbeddedGateway openAi() {
        return new EmbeddedGateway(false);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String chatPath() {
        return chatPath;
    }

    @Override
    public void close() {
        server.stop();
    }
}
