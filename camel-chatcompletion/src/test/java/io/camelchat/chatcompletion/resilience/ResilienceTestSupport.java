package io.camelchat.chatcompletion.resilience;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel test against a {@link ReplayServer} whose chatcompletion component retries like the default configuration
 * (maxRetries=2), with a short backoff so that tests stay quick.
 */
abstract class ResilienceTestSupport extends ChatCompletionTestSupport {

    static final String MODEL = "gpt-4o-mini";
    static final String API_KEY = "sk-test-secret-4242";
    static final String RATE_LIMITED =
            "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}";
    static final String SERVER_BUSY = "{\"error\":{\"message\":\"busy\",\"type\":\"server_error\",\"code\":null}}";

    protected final ReplayServer server = new ReplayServer();
    /** System.nanoTime() of each request, in the order the server received them (recorded by {@link #script}). */
    protected final List<Long> requestNanos = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The component retries after 25-50 ms unless an endpoint sets retryInitialDelay. */
    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration()
                .setRetryInitialDelay(50);
        return context;
    }

    @Override
    protected int maxRetries() {
        return 2;
    }

    /** An endpoint URI against the replay server with the given options (each starting with &amp;). */
    protected String uri(String options) {
        return "chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl() + "&apiKey=" + API_KEY + options;
    }

    /** Sends "Hello!" to the chatcompletion endpoint with the given options. */
    protected Exchange ask(String options) {
        return template.request(uri(options), e -> e.getMessage().setBody("Hello!"));
    }

    /** Answers request n (0-based) with script.apply(n), recording when each request arrived. */
    protected void script(IntFunction<ScriptedResponse> script) {
        AtomicInteger number = new AtomicInteger();
        server.respondWith(request -> {
            requestNanos.add(System.nanoTime());
            return script.apply(number.getAndIncrement());
        });
    }

    /** Milliseconds between request i-1 and request i as the server saw them. */
    protected long gapMillis(int i) {
        return TimeUnit.NANOSECONDS.toMillis(requestNanos.get(i) - requestNanos.get(i - 1));
    }

    static ScriptedResponse ok(String content) {
        return ScriptedResponse.json(200, Bodies.openAi(content));
    }

    /** Accepts the request, then resets the connection before writing a byte. */
    static ScriptedResponse resetBeforeFirstByte() {
        return ScriptedResponse.ofRaw(new byte[0]).thenReset();
    }

    /** Accepts the request and never answers (until the client or the server closes). */
    static ScriptedResponse silence() {
        return ScriptedResponse.ofRaw(new byte[0]).thenStall(0);
    }

    static String sseChunk(String content) {
        return "data: {\"id\":\"c1\",\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
               + content + "\"}}]}\n\n";
    }

    static ChatCompletionException failureOf(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(ChatCompletionException.class);
        return (ChatCompletionException) exchange.getException();
    }

    static Object attempts(Exchange exchange) {
        return exchange.getMessage().getHeader(ChatCompletionConstants.ATTEMPTS);
    }
}
