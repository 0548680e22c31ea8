package io.camelchat.chatcompletion.examples.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded gateway on the wire, through a plain HTTP client: envelope, plain format, SSE, key check, faults.
 */
class EmbeddedGatewayTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void vendorApiAnswersInTheEnvelope() throws Exception {
        try (EmbeddedGateway gateway = EmbeddedGateway.vendor()) {
            HttpResponse<String> response = post(gateway, EmbeddedGateway.API_KEY, request("hi there", false));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = MAPPER.readTree(response.body());
            assertThat(body.path("success").asBoolean()).isTrue();
            assertThat(body.path("code").asText()).isEqualTo("200");
            assertThat(body.at("/data/choices/0/message/content").asText()).isEqualTo("You said: hi there");
            assertThat(body.at("/data/usage/total_tokens").asInt()).isPositive();
            assertThat(gateway.stats().tokens()).isEqualTo(body.at("/data/usage/total_tokens").asLong());
        }
    }

    @Test
    void wrongKeyIsRejected() throws Exception {
        try (EmbeddedGateway gateway = EmbeddedGateway.vendor()) {
            HttpResponse<String> response = post(gateway, "sk-wrong", request("hi", false));

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(MAPPER.readTree(response.body()).path("success").asBoolean(true)).isFalse();
        }
    }

    @Test
    void streamsOpenAiChunksWithUsageAndDone() throws Exception {
        try (EmbeddedGateway gateway = EmbeddedGateway.openAi()) {
            HttpResponse<String> response = post(gateway, EmbeddedGateway.API_KEY, request("a b", true));

            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
            List<String> events = List.of(response.body().split("\n\n"));
            // role, "You", " said:", " a", " b", finish, usage, [DONE]
            assertThat(events).hasSize(8).allMatch(e -> e.startsWith("data: "));
            assertThat(MAPPER.readTree(events.get(0).substring(6)).at("/choices/0/delta/role").asText())
                    .isEqualTo("assistant");
            assertThat(MAPPER.readTree(events.get(5).substring(6)).at("/choices/0/finish_reason").asText())
                    .isEqualTo("stop");
            JsonNode usage = MAPPER.readTree(events.get(6).substring(6));
            assertThat(usage.path("choices").isEmpty()).isTrue();
            assertThat(usage.at("/usage/completion_tokens").asInt()).isEqualTo(4);
            assertThat(events.get(7)).isEqualTo("data: [DONE]");
        }
    }

    @Test
    void faultMarkerScriptsA429ThenA503ThenTheAnswer() throws Exception {
        try (EmbeddedGateway gateway = EmbeddedGateway.openAi()) {
            String body = request("go [fault:429,503]", false);

            HttpResponse<String> first = post(gateway, EmbeddedGateway.API_KEY, body);
            HttpResponse<String> second = post(gateway, EmbeddedGateway.API_KEY, body);
            HttpResponse<String> third = post(gateway, EmbeddedGateway.API_KEY, body);

            assertThat(first.statusCode()).isEqualTo(429);
            assertThat(first.headers().firstValue("retry-after-ms")).hasValue("300");
            assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(MAPPER.readTree(third.body()).at("/choices/0/message/content").asText())
                    .isEqualTo("You said: go [fault:429,503]");
        }
    }

    @Test
    void countsTheRequestsItServesAtOnce() throws Exception {
        try (EmbeddedGateway gateway = EmbeddedGateway.start(GatewayOptions.vendor().withLatency(Duration.ofMillis(300)))) {
            List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + gateway.chatPath()))
                        .header("Authorization", "Bearer " + EmbeddedGateway.API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(request("call " + i, false))).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

            assertThat(gateway.stats().requests()).isEqualTo(20);
            assertThat(gateway.stats().maxInFlight()).isGreaterThanOrEqualTo(15);
        }
    }

    private static String request(String prompt, boolean stream) throws Exception {
        var request = MAPPER.createObjectNode().put("model", "m").put("stream", stream);
        request.putArray("messages").addObject().put("role", "user").put("content", prompt);
        if (stream) {
            request.putObject("stream_options").put("include_usage", true);
        }
        return MAPPER.writeValueAsString(request);
    }

    private static HttpResponse<String> post(EmbeddedGateway gateway, String key, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + gateway.chatPath()))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
