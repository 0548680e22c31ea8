package io.camelchat.chatcompletion.support;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.nio.AsyncServerRequestHandler.ResponseTrigger;
import org.apache.hc.core5.http.nio.support.BasicResponseProducer;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Answers every request with the same JSON after a fixed delay, holding no thread while it waits.
 */
public final class DelayedJsonServer extends NonBlockingTestServer {

    private final String json;
    private final long delayMs;

    public DelayedJsonServer(String json, long delayMs) throws Exception {
        this.json = json;
        this.delayMs = delayMs;
    }

    @Override
    protected void answer(String requestBody, ResponseTrigger trigger, HttpContext context) {
        scheduler.schedule(() -> {
            answerDone();
            try {
                trigger.submitResponse(new BasicResponseProducer(200, json, ContentType.APPLICATION_JSON), context);
            } catch (HttpException | IOException e) {
                throw new IllegalStateException(e);
            }
        }, delayMs, TimeUnit.MILLISECONDS);
    }
}
