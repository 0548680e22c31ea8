import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-file OpenAI-compatible chat server for the Camel JBang check: answers every {@code POST} on the given path
 * with one non-streaming {@code chat.completion} whose text is the given answer. Run with the JDK's source launcher:
 * {@code java ChatStub.java <port-file> <path> <answer>}; it binds a free local port and writes it to the port file.
 */
public class ChatStub {

    public static void main(String[] args) throws IOException {
        Path portFile = Path.of(args[0]);
        String path = args[1];
        String answer = args[2];
        byte[] body = ("{\"id\":\"chatcmpl-jbang\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"stub-model\","
                       + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + answer
                       + "\"},\"finish_reason\":\"stop\"}],"
                       + "\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":2,\"total_tokens\":5}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = "POST".equals(exchange.getRequestMethod()) ? 200 : 405;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Path tmp = Path.of(portFile + ".tmp");
        Files.writeString(tmp, Integer.toString(server.getAddress().getPort()));
        Files.move(tmp, portFile);
    }
}
