package io.camelchat.chatcompletion.quarkus.it;

import java.io.IOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the loopback chat server before the application and points the component's base URL at it. */
public class ChatServerResource implements QuarkusTestResourceLifecycleManager {

    static ChatServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ChatServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of("camel.component.chatcompletion.base-url", server.baseUrl());
    }

    @Override
    public void stop() {
        server.close();
    }
}
