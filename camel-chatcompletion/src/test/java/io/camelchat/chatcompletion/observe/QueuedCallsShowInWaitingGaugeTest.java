package io.camelchat.chatcompletion.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Calls over maxConcurrentRequests show in the waiting gauge while they queue, the in-flight gauge never passes the
 * cap, and the time they waited for a slot is recorded.
 */
class QueuedCallsShowInWaitingGaugeTest extends MetricsTestSupport {

    @Test
    void callsOverTheCapWaitAndTheirWaitIsTimed() throws Exception {
        try (DelayedJsonServer slow = new DelayedJsonServer(Bodies.openAi("late"), 300)) {
            String uri = "chatcompletion:" + MODEL + "?baseUrl=" + slow.baseUrl() + "&maxConcurrentRequests=1";
            List<CompletableFuture<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(template.asyncSend(uri, e -> e.getMessage().setBody("ping")));
            }
            Tags tags = Tags.of("gen_ai.operation.name", "chat", "gen_ai.provider.name", "openai",
                    "server.address", "127.0.0.1", "server.port", slow.baseUrl().substring(slow.baseUrl().lastIndexOf(':') + 1),
                    "gen_ai.request.model", MODEL);
            Gauge inFlight = meters.find("chatcompletion.client.calls.in_flight").tags(tags).gauge();
            Gauge waiting = meters.find("chatcompletion.client.calls.waiting").tags(tags).gauge();

            await().atMost(5, TimeUnit.SECONDS).until(() -> waiting.value() == 2);
            assertThat(inFlight.value()).isEqualTo(1);

            for (CompletableFuture<Exchange> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS).getException()).isNull();
            }
            assertThat(waiting.value()).isZero();
            assertThat(inFlight.value()).isZero();
            Timer slotWait = meters.find("chatcompletion.client.slot.wait").tags(tags).timer();
            assertThat(slotWait.count()).isEqualTo(3);
            assertThat(slotWait.max(TimeUnit.MILLISECONDS)).as("the last call waited for two others")
                    .isGreaterThan(450);
        }
    }
}
