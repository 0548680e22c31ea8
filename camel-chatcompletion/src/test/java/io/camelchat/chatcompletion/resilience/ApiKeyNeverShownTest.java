package io.camelchat.chatcompletion.resilience;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.support.StdErrCapture;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The API key given as apiKey on the endpoint URI of a route shows up in no log line (a call failing after retries, at
 * DEBUG, through the route's error handler), no exception, no endpoint toString and neither toString of the route.
 */
class ApiKeyNeverShownTest extends ResilienceTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").routeId("chat")
                        .to("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl() + "&apiKey=" + API_KEY
                            + "&retryInitialDelay=20")
                        .to("mock:done");
            }
        };
    }

    @Test
    void theKeyAppearsNowhere() {
        server.respondWith(request -> ScriptedResponse.json(503,
                "{\"error\":{\"message\":\"busy, your key was " + request.header("Authorization").length()
                + " chars\",\"type\":\"server_error\"}}").withHeader("x-request-id", "req-1"));

        Exchange result;
        String log;
        try (StdErrCapture stderr = new StdErrCapture()) {
            result = template.request("direct:start", e -> e.getMessage().setBody("Hello!"));
            await().atMost(Duration.ofSeconds(5)).until(() -> stderr.text().contains("failed after 3 attempt(s)"));
            log = stderr.text();
        }

        assertThat(server.requests()).hasSize(3)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + API_KEY));
        assertThat(log).contains("DEBUG io.camelchat.chatcompletion.call.ChatCall").contains("retrying in")
                .doesNotContain(API_KEY);

        ChatCompletionException failure = failureOf(result);
        assertThat(failure.getHttpStatus()).isEqualTo(503);
        assertThat(failure.getMessage()).doesNotContain(API_KEY);
        assertThat(failure.toString()).doesNotContain(API_KEY);
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(API_KEY);

        ChatCompletionEndpoint endpoint = context.getEndpoints().stream()
                .filter(ChatCompletionEndpoint.class::isInstance).map(ChatCompletionEndpoint.class::cast)
                .findFirst().orElseThrow();
        assertThat(endpoint.getConfiguration().getApiKey()).isEqualTo(API_KEY);
        assertThat(endpoint.toString()).doesNotContain(API_KEY);
        assertThat(context.getRoute("chat").toString()).doesNotContain(API_KEY);
        assertThat(context.getCamelContextExtension().getContextPlugin(ModelCamelContext.class)
                .getRouteDefinition("chat").toString()).doesNotContain(API_KEY);
        System.out.println("route toString: " + context.getRoute("chat"));
        System.out.println("route definition toString: " + context.getCamelContextExtension()
                .getContextPlugin(ModelCamelContext.class).getRouteDefinition("chat"));
    }
}
