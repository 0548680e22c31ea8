package io.camelchat.chatcompletion.budget;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.support.ChatCompletionTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A call larger than a whole minute's tokens fails at once, before anything is sent; a call whose requestTimeout
 * expires while it waits for budget fails with a TIMEOUT that says so, and is never sent.
 */
class BudgetRefusesWhatItCannotServeTest extends ChatCompletionTestSupport {

    private final QuotaServer server = new QuotaServer(6_000, 600_000, 0);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String uri(String options) {
        return "chatcompletion:m?baseUrl=" + server.baseUrl() + "&chatPath=/v1/chat/completions&maxTokens=50"
               + options;
    }

    @Test
    void callLargerThanAMinutesTokensFailsBeforeSending() {
        Exchange result = template.request(uri("&tokensPerMinute=60"), e -> e.getMessage().setBody("hi"));

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than tokensPerMinute 60");
        assertThat(server.accepted() + server.rejected()).isZero();
    }

    @Test
    void deadlineWhileWaitingForBudgetSaysSoAndSendsNothing() throws Exception {
        String uri = uri("&requestsPerMinute=6&requestTimeout=300");

        CompletableFuture<Exchange> first = template.asyncSend(uri, e -> e.getMessage().setBody("one"));
        CompletableFuture<Exchange> second = template.asyncSend(uri, e -> e.getMessage().setBody("two"));
        // the template's threads may bring either call to the endpoint first: one takes the budget, the other waits
        List<Exchange> results = List.of(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS));
        assertThat(results).filteredOn(e -> e.getException() == null).hasSize(1);
        Exception late = results.stream().map(Exchange::getException).filter(Objects::nonNull).findFirst().orElseThrow();
        assertThat(late).isInstanceOf(ChatCompletionException.class)
                .hasMessageContaining("requestTimeout of 300 ms expired while the call waited for the rate-limit budget");
        assertThat(((ChatCompletionException) late).getKind()).isEqualTo(ChatCompletionErrorKind.TIMEOUT);
        Thread.sleep(200);
        assertThat(server.accepted() + server.rejected()).isEqualTo(1);
    }
}
