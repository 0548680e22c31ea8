package io.camelchat.chatcompletion.springboot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real local chat server on a free port: {@code POST /api/v1/chat/completions} answers a vendor envelope around an
 * OpenAI chat.completion, or an SSE stream when the request asks for {@code "stream":true}, after an optional delay.
 * It records every request.
 */
final class ChatServer implements AutoCloseable {

    /** The answer text of every call. */
    static final String ANSWER = "Paris is the capital of France.";

    /** One request the server received. */
    record Request(Headers headers, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch received = new CountDownLatch(1);
    private volatile long delayMillis;

    ChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/api/v1/chat/completions", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return requests;
    }

    /** Counted down when the first request arrived. */
    CountDownLatch received() {
        return received;
    }

    void delayAnswers(long millis) {
        this.delayMillis = millis;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestHeaders(), body));
        received.countDown();
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean stream = body.replace(" ", "").contains("\"stream\":true");
        byte[] answer = (stream ? sse() : envelope()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", stream ? "text/event-stream" : "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static String envelope() {
        return "{\"success\":true,\"code\":200,\"message\":\"ok\",\"data\":{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\","
               + "\"created\":1700000000,\"model\":\"test-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
               + "\"content\":\"" + ANSWER + "\"},\"finish_reason\":\"stop\"}],"
               + "\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":8,\"total_tokens\":15}}}";
    }

    private static String sse() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] { "Paris is ", "the capital ", "of France." }) {
            sb.append("data: {\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,")
                    .append("\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(part)
                    .append("\"},\"finish_reason\":null}]}\n\n");
        }
        sb.append("data: {\"id\":\"chatcmpl-2\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,")
                .append("\"model\":\"test-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        sb.append("data: [DONE]\n\n");
        return sb.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
