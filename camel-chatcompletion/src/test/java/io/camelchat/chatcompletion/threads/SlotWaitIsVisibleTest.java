package io.camelchat.chatcompletion.threads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.support.Bodies;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import io.camelchat.chatcompletion.support.DelayedJsonServer;
import io.camelchat.chatcompletion.support.StdErrCapture;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls held back by maxConcurrentRequests say so: each answer carries how long it waited for a slot
 * (CamelChatCompletionSlotWait), and the endpoint logs once, at INFO, the first time its cap holds a call back.
 */
class SlotWaitIsVisibleTest extends ChatCompletionTestSupport {

    @Test
    void callsQueuedBehindTheCapCarryTheirWait() throws Exception {
        try (DelayedJsonServer server = new DelayedJsonServer(Bodies.envelope("pong"), 300);
             StdErrCapture stderr = new StdErrCapture()) {
            String uri = "chatcompletion:m?maxConcurrentRequests=1&baseUrl=" + server.baseUrl();
            List<CompletableFuture<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(template.asyncSend(uri, e -> e.getMessage().setBody("ping")));
            }
            List<Long> waits = new ArrayList<>();
            for (CompletableFuture<Exchange> call : calls) {
                Exchange done = call.get();
                assertThat(done.getException()).isNull();
                waits.add(done.getMessage().getHeader(ChatCompletionConstants.SLOT_WAIT, Long.class));
            }

            assertThat(waits).as("slot waits in ms").hasSize(3).doesNotContainNull();
            assertThat(waits.stream().sorted().toList().get(0)).isLessThan(100L);
            assertThat(waits.stream().sorted().toList().get(2)).isGreaterThanOrEqualTo(500L);
            String log = stderr.text();
            assertThat(log.split("maxConcurrentRequests=1 calls in flight", -1)).as("logged once").hasSize(2);
            assertThat(log).contains("INFO").contains("CamelChatCompletionSlotWait");
        }
    }
}
