package io.camelchat.chatcompletion.threads;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.http.SharedClients;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * continueOnIoThread=true: a non-streamed answer continues the route on the HTTP I/O thread that read it (no thread
 * hand-off); by default, and for failures even with the option, the route continues on the executor.
 */
class ContinueOnIoThreadTest extends ChatCompletionTestSupport {

    private final Queue<String> continuedOn = new ConcurrentLinkedQueue<>();

    @Test
    void anAnswerContinuesOnTheIoThreadWhenAsked() throws Exception {
        try (DelayedJsonServer server = new DelayedJsonServer(Bodies.envelope("pong"), 0)) {
            route(server, "&continueOnIoThread=true");

            assertThat(template.requestBody("direct:in", "ping", String.class)).isEqualTo("pong");

            assertThat(continuedOn).singleElement().asString().startsWith(SharedClients.IO_THREAD_PREFIX);
        }
    }

    @Test
    void anAnswerContinuesOnTheExecutorByDefault() throws Exception {
        try (DelayedJsonServer server = new DelayedJsonServer(Bodies.envelope("pong"), 0)) {
            route(server, "");

            assertThat(template.requestBody("direct:in", "ping", String.class)).isEqualTo("pong");

            assertThat(continuedOn).singleElement().asString().doesNotStartWith(SharedClients.IO_THREAD_PREFIX);
        }
    }

    @Test
    void aFailureContinuesOnTheExecutorEvenWhenAsked() throws Exception {
        String refused = "{\"success\":false,\"code\":400,\"message\":\"bad request\",\"data\":null}";
        try (DelayedJsonServer server = new DelayedJsonServer(refused, 0)) {
            route(server, "&continueOnIoThread=true");

            assertThatThrownBy(() -> template.requestBody("direct:in", "ping", String.class))
                    .isInstanceOf(CamelExecutionException.class).hasCauseInstanceOf(ChatCompletionException.class);

            assertThat(continuedOn).singleElement().asString().doesNotStartWith(SharedClients.IO_THREAD_PREFIX);
        }
    }

    private void route(DelayedJsonServer server, String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).process(e -> continuedOn.add(Thread.currentThread().getName()));
                from("direct:in")
                        .to("chatcompletion:m?maxRetries=0&baseUrl=" + server.baseUrl() + options)
                        .process(e -> continuedOn.add(Thread.currentThread().getName()));
            }
        });
    }
}
