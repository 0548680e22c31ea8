package io.camelchat.chatcompletion.examples.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.camelchat.chatcompletion.examples.ExampleOutcome;
import io.camelchat.chatcompletion.examples.ExampleRunner;
import io.camelchat.chatcompletion.examples.ExampleSettings;
import io.camelchat.chatcompletion.examples.gateway.GatewayOptions;
import io.camelchat.chatcompletion.examples.hello.HelloExample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a scrape endpoint asked for (EXAMPLES_METRICS_PORT), a Prometheus scrape after an example returns the
 * component's GenAI histograms with the advised buckets and its gauges.
 */
class ScrapeEndpointServesComponentMetersTest {

    @Test
    void aScrapeReturnsTheGenAiHistogramsAndTheGauges() throws Exception {
        try (ExampleSettings settings = ExampleSettings.embedded(GatewayOptions.vendor(), ExampleSettings.DEFAULT_MODEL);
             ExampleMetrics metrics = ExampleMetrics.withScrapeEndpoint(0)) {
            ExampleOutcome outcome = new ExampleRunner(settings, metrics).run(new HelloExample(List.of("ping")));
            assertThat(outcome.ok()).isTrue();

            HttpResponse<String> scrape = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(metrics.scrapeUrl())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            String body = scrape.body();
            assertThat(body).containsPattern("gen_ai_client_operation_duration_seconds_bucket\\{[^}]*"
                                             + "gen_ai_operation_name=\"chat\"[^}]*le=\"0\\.01\"");
            assertThat(body).containsPattern("gen_ai_client_operation_duration_seconds_bucket\\{[^}]*le=\"81\\.92\"");
            assertThat(body).containsPattern("gen_ai_client_operation_duration_seconds_count\\{[^}]*"
                                             + "gen_ai_request_model=\"gpt-4o-mini\"[^}]*\\} [1-9]");
            assertThat(body).containsPattern("gen_ai_client_token_usage_bucket\\{[^}]*gen_ai_token_type=\"input\"[^}]*"
                                             + "le=\"6\\.7108864E7\"");
            assertThat(body).contains("chatcompletion_client_calls_in_flight{")
                    .contains("chatcompletion_client_calls_waiting{")
                    .contains("chatcompletion_client_slot_wait_seconds_count{");
            assertThat(body).doesNotContain(settings.apiKey());
        }
    }
}
