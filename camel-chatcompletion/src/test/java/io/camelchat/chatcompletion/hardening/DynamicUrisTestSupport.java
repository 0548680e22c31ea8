package io.camelchat.chatcompletion.hardening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelchat.chatcompletion.ChatCompletionEndpoint;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.Jsons;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 exchanges through one toD whose URI differs per exchange (a per-tenant option): each request carries its own
 * value, the context holds at most two chatcompletion endpoints for them, at most two HttpClient I/O threads run, and
 * no client or component thread outlives context.stop().
 */
abstract class DynamicUrisTestSupport extends HardeningTestSupport {

    static final int EXCHANGES = 50;

    final HostileServer server = new HostileServer(
            c -> c.complete(200, "application/json", Bodies.openAi("ok")));
    private final ClientThreads threads = new ClientThreads();

    DynamicUrisTestSupport() throws Exception {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The options part of the toD URI, with ${header.i} in it. */
    abstract String dynamicOptions();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:start").toD("chatcompletion:" + MODEL + "?baseUrl=" + server.baseUrl() + "&"
                                         + dynamicOptions());
            }
        };
    }

    /** Sends the 50 exchanges, checks each request with {@code check}, then the endpoint and thread counts. */
    void runAndCheck(String label, IntFunction<java.util.function.Predicate<JsonNode>> check) throws Exception {
        long peakDispatch = 0;
        for (int i = 0; i < EXCHANGES; i++) {
            int n = i;
            Exchange result = template.request("direct:start", e -> {
                e.getMessage().setBody("Hello " + n);
                e.getMessage().setHeader("i", n);
            });
            assertThat(result.getException()).as("exchange %d", n).isNull();
            assertThat(result.getMessage().getBody()).isEqualTo("ok");
            peakDispatch = Math.max(peakDispatch, threads.dispatchThreads());
        }
        List<String> wrong = new ArrayList<>();
        for (String body : server.requestBodies()) {
            JsonNode json = Jsons.parse(body);
            int n = Integer.parseInt(json.get("messages").get(0).get("content").asText().substring(6));
            if (!check.apply(n).test(json)) {
                wrong.add(body);
            }
        }
        List<String> endpointUris = context.getEndpoints().stream().filter(e -> e instanceof ChatCompletionEndpoint)
                .map(e -> e.getEndpointUri()).toList();
        long endpoints = endpointUris.size();
        long whileRunning = threads.componentThreads();
        context.stop();
        waitFor(() -> threads.componentThreads() == 0, 5_000);
        long afterStop = threads.componentThreads();
        System.out.printf("%s: %d distinct toD URIs -> %d chatcompletion endpoints, peak %d I/O dispatch "
                          + "threads, %d client/component threads while running, %d after context.stop(); "
                          + "%d requests with a wrong value%n",
                label, EXCHANGES, endpoints, peakDispatch, whileRunning, afterStop, wrong.size());
        System.out.println("endpoints: " + endpointUris.stream().limit(5).toList());
        System.out.println("requests with a wrong value: " + wrong.stream().limit(5).toList());
        assertThat(server.requestCount()).isEqualTo(EXCHANGES);
        assertThat(wrong).as("requests whose per-exchange option is wrong").isEmpty();
        assertThat(endpoints).isBetween(1L, 2L);
        assertThat(peakDispatch).isLessThanOrEqualTo(2);
        assertThat(afterStop).as("I/O and ChatCompletion threads alive after context.stop()").isZero();
    }
}
