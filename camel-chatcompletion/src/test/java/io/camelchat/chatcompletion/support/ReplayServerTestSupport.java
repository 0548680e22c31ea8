package io.camelchat.chatcompletion.support;

import io.camelchat.chatcompletion.testsupport.ReplayServer;
import org.junit.jupiter.api.AfterEach;

/**
 * A Camel test with its own raw socket replay server, closed after each test.
 */
public abstract class ReplayServerTestSupport extends ChatCompletionTestSupport {

    protected final ReplayServer server = new ReplayServer();

    @AfterEach
    void stopServer() {
        server.close();
    }
}
