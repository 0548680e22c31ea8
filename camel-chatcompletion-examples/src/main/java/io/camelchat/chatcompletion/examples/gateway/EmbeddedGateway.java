package io.camelchat.chatcompletion.examples.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * An OpenAI-compatible chat completion server started in-process on a free loopback port, so the examples run with
 * no network and no API key. It speaks the vendor API ({@code POST /api/v1/chat/completions}, Bearer key, envelope)
 * by default, or plain OpenAI format ({@code /v1/chat/completions}, no envelope); streams Server-Sent Events when the
 * request asks for them; waits a configurable latency; and injects the faults a {@code [fault:429,503,400,drop]}
 * marker in the prompt asks for (see {@link GatewayFault}). Built on WireMock: a response transformer answers, Jetty
 * serves, and the chunked dribble delay paces streams.
 */
public final class EmbeddedGateway implements AutoCloseable {

    public static final String VENDOR_CHAT_PATH = "/api/v1/chat/completions";
    public static final String OPENAI_CHAT_PATH = "/v1/chat/completions";
    public static final String API_KEY = "sk-embedded-gateway";

    private final WireMockServer server;
    private final String chatPath;
    private final ChatAnswerTransformer answers;
    private final InFlightCounter counter = new InFlightCounter();

    private EmbeddedGateway(GatewayOptions options) {
        chatPath = options.envelope() ? VENDOR_CHAT_PATH : OPENAI_CHAT_PATH;
        answers = new ChatAnswerTransformer(API_KEY, options);
        server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .jettyAcceptors(1)
                // latency and stream pacing hold a Jetty thread per call: 128 threads serve 100+ calls at once
                // (measured: WireMock's asynchronous responses capped the calls served at once at 10)
                .containerThreads(128)
                .disableRequestJournal()
                .extensions(answers, counter));
        server.start();
        server.stubFor(post(urlPathEqualTo(chatPath))
                .willReturn(aResponse().withTransformers(ChatAnswerTransformer.NAME)));
    }

    /** Starts a gateway with these options. */
    public static EmbeddedGateway start(GatewayOptions options) {
        return new EmbeddedGateway(options);
    }

    /** Starts a gateway speaking the vendor API with its envelope, without latency. */
    public static EmbeddedGateway vendor() {
        return start(GatewayOptions.vendor());
    }

    /** Starts a gateway speaking plain OpenAI format, without latency. */
    public static EmbeddedGateway openAi() {
        return start(GatewayOptions.openAi());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public String chatPath() {
        return chatPath;
    }

    /** Requests, peak concurrency, tokens and quota 429s so far. */
    public GatewayStats stats() {
        return new GatewayStats(counter.requests(), counter.max(), answers.tokens(), answers.rateLimited());
    }

    /** Starts counting the peak concurrency afresh. */
    public void resetMaxInFlight() {
        counter.resetMax();
    }

    /** Starts every fault script afresh, as if no prompt had been seen. */
    public void resetFaults() {
        answers.resetFaults();
    }

    @Override
    public void close() {
        server.stop();
    }
}
