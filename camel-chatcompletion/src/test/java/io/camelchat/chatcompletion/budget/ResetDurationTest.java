package io.camelchat.chatcompletion.budget;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reset times of rate-limit headers, in the forms providers send them.
 */
class ResetDurationTest {

    @Test
    void readsGoDurationsAndPlainSeconds() {
        assertThat(ResetDuration.millis("1s")).isEqualTo(1_000);
        assertThat(ResetDuration.millis("6m0s")).isEqualTo(360_000);
        assertThat(ResetDuration.millis("20ms")).isEqualTo(20);
        assertThat(ResetDuration.millis("1h2m3.5s")).isEqualTo(3_723_500);
        assertThat(ResetDuration.millis("0.5")).isEqualTo(500);
        assertThat(ResetDuration.millis(" 2 ")).isEqualTo(2_000);
    }

    @Test
    void unreadableValuesAreNull() {
        assertThat(ResetDuration.millis(null)).isNull();
        assertThat(ResetDuration.millis("")).isNull();
        assertThat(ResetDuration.millis("soon")).isNull();
        assertThat(ResetDuration.millis("5 minutes")).isNull();
        assertThat(ResetDuration.millis("1s garbage")).isNull();
    }
}
