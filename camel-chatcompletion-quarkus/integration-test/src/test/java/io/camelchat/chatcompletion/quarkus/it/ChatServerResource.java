package io.camelchat.chatcompletion.quarkus.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real chat server on a loopback socket (the JDK's HttpServer) answering {@code POST /api/v1/chat/completions}.
 * It answers 401 unless the request carries the API key of application.properties, and otherwise echoes what it was
 * sent as the assistant's text ({@code model=...; system=...; user=...; stream=...}): enveloped JSON, or an SSE
 * stream of three content chunks, a usage chunk and {@code [DONE]} when the request asks to stream.
 */
public class ChatServerResource implements QuarkusTestResourceLifecycleManager {

    static final String API_KEY = "test-secret-key-4711";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpServer server;
    private ExecutorService executor;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the chat server socket", e);
        }
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/api/v1/chat/completions", this::handle);
        server.start();
        return Map.of("camel.component.chatcompletion.base-url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode request = MAPPER.readTree(exchange.getRequestBody());
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "application/json", "{}");
            } else if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "application/json",
                        "{\"error\":{\"message\":\"invalid api key\",\"type\":\"invalid_request_error\"}}");
            } else if (request.path("stream").asBoolean(false)) {
                send(exchange, 200, "text/event-stream", sse(request));
            } else {
                send(exchange, 200, "application/json", envelope(request));
            }
        }
    }

    /** The text the assistant answers: what the server received. */
    static String echo(JsonNode request) {
        String system = "-";
        String user = "-";
        for (JsonNode message : request.path("messages")) {
            if ("system".equals(message.path("role").asText())) {
                system = message.path("content").asText();
            } else if ("user".equals(message.path("role").asText())) {
                user = message.path("content").asText();
            }
        }
        return "model=" + request.path("model").asText() + "; system=" + system + "; user=" + user + "; stream="
               + request.path("stream").asBoolean(false);
    }

    private static String envelope(JsonNode request) throws IOException {
        ObjectNode data = MAPPER.createObjectNode()
                .put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1700000000L)
                .put("model", request.path("model").asText());
        ObjectNode choice = data.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", echo(request));
        data.putObject("usage").put("prompt_tokens", 3).put("completion_tokens", 5).put("total_tokens", 8);
        ObjectNode envelope = MAPPER.createObjectNode().put("success", true).put("code", 200).put("message", "ok");
        envelope.set("data", data);
        return MAPPER.writeValueAsString(envelope);
    }

    private static String sse(JsonNode request) throws IOException {
        String text = echo(request);
        int third = text.length() / 3;
        StringBuilder body = new StringBuilder();
        for (String part : new String[] { text.substring(0, third), text.substring(third, 2 * third),
                text.substring(2 * third) }) {
            ObjectNode chunk = chunk(request);
            chunk.putArray("choices").addObject().put("index", 0).putNull("finish_reason")
                    .putObject("delta").put("content", part);
            body.append("data: ").append(MAPPER.writeValueAsString(chunk)).append("\n\n");
        }
        ObjectNode last = chunk(request);
        last.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("delta");
        body.append("data: ").append(MAPPER.writeValueAsString(last)).append("\n\n");
        ObjectNode usage = chunk(request);
        usage.putArray("choices");
        usage.putObject("usage").put("prompt_tokens", 3).put("completion_tokens", 5).put("total_tokens", 8);
        body.append("data: ").append(MAPPER.writeValueAsString(usage)).append("\n\n");
        return body.append("data: [DONE]\n\n").toString();
    }

    private static ObjectNode chunk(JsonNode request) {
        return MAPPER.createObjectNode().put("id", "chatcmpl-2").put("object", "chat.completion.chunk")
                .put("created", 1700000000L).put("model", request.path("model").asText());
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
