package io.camelchat.chatcompletion.springboot;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback chat completion server on a real socket: answers {@code POST /api/v1/chat/completions} in the vendor's
 * envelope with "You said: " and the last user message's text, as JSON or, when the request asks for a stream, as
 * Server-Sent Events; waits {@code delayMillis} first. Records the Authorization and X-Trace-Id headers it received.
 */
final class ChatServer implements AutoCloseable {

    private final HttpServer server;
    private final long delayMillis;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> traceIds = new CopyOnWriteArrayList<>();

    ChatServer(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/chat/completions", this::answer);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        traceIds.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Trace-Id")));
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text = "You said: " + lastContent(request);
        boolean stream = request.contains("\"stream\":true");
        byte[] body = (stream ? sse(text) : json(text)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", stream ? "text/event-stream" : "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String lastContent(String request) {
        int at = request.lastIndexOf("\"content\":\"");
        return at < 0 ? "" : request.substring(at + 11, request.indexOf('"', at + 11));
    }

    private static String json(String text) {
        return "{\"success\":true,\"code\":200,\"message\":\"ok\",\"data\":{\"id\":\"c1\",\"object\":\"chat.completion\","
               + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
               + text + "\"},\"finish_reason\":\"stop\"}],"
               + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":4,\"total_tokens\":7}}}";
    }

    private static String sse(String text) {
        StringBuilder events = new StringBuilder();
        for (String word : text.split("(?<= )")) {
            events.append("data: {\"id\":\"c1\",\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"")
                    .append(word).append("\"}}]}\n\n");
        }
        return events.append("data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n")
                .append("data: [DONE]\n\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
