package io.camelchat.chatcompletion.resilience;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.camelchat.chatcompletion.testsupport.ScriptedResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's wait hint replaces the backoff: retry-after-ms first, then retry-after in seconds or as an HTTP-date.
 * The backoff here would be at most 10 ms (retryInitialDelay=10), so any wait near the hint comes from the hint.
 */
class ServerWaitHintWinsTest extends ResilienceTestSupport {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private Exchange rateLimitedThenOk(ScriptedResponse rateLimited) {
        script(n -> n == 0 ? rateLimited : ok("after the wait"));
        Exchange result = ask("&retryInitialDelay=10&maxRetryAfter=120000");
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isEqualTo("after the wait");
        assertThat(attempts(result)).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
        return result;
    }

    @Test
    void retryAfterMsIsHonoured() {
        rateLimitedThenOk(ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after-ms", "400"));

        System.out.printf("retry-after-ms=400: retry after %d ms%n", gapMillis(1));
        assertThat(gapMillis(1)).isBetween(400L, 10_000L);
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        // retry-after alone would mean a 60 s wait (under the 120 s cap): a retry within 10 s proves the ms hint won
        rateLimitedThenOk(ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after-ms", "300")
                .withHeader("retry-after", "60"));

        System.out.printf("retry-after-ms=300 with retry-after=60: retry after %d ms%n", gapMillis(1));
        assertThat(gapMillis(1)).isBetween(300L, 10_000L);
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        rateLimitedThenOk(ScriptedResponse.json(503, SERVER_BUSY).withHeader("retry-after", "1"));

        System.out.printf("retry-after=1: retry after %d ms%n", gapMillis(1));
        assertThat(gapMillis(1)).isBetween(1000L, 10_000L);
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        // second granularity: a date 2 s ahead means a wait of a little over 1 s to 2 s
        String inTwoSeconds = IMF_FIXDATE.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        rateLimitedThenOk(ScriptedResponse.json(429, RATE_LIMITED).withHeader("retry-after", inTwoSeconds));

        System.out.printf("retry-after=<date 2 s ahead>: retry after %d ms%n", gapMillis(1));
        assertThat(gapMillis(1)).isBetween(500L, 10_000L);
    }
}
