package io.camelchat.chatcompletion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Camel 4.17 and later are accepted; an older Camel is refused with the versions named. */
class SupportedCamelVersionTest {

    @Test
    void fourSeventeenAndLaterAreAccepted() {
        for (String version : new String[] { "4.17.0", "4.18.2", "4.22.0", "4.23.0-SNAPSHOT", "5.0.0" }) {
            assertThatCode(() -> SupportedCamelVersion.require(version)).as(version).doesNotThrowAnyException();
        }
    }

    @Test
    void anOlderCamelIsRefusedWithBothVersionsNamed() {
        assertThatThrownBy(() -> SupportedCamelVersion.require("4.14.0")).isInstanceOf(IllegalStateException.class)
                .hasMessage("camel-chatcompletion needs Camel 4.17 or later; this CamelContext runs Camel 4.14.0");
        assertThatThrownBy(() -> SupportedCamelVersion.require("3.22.4")).isInstanceOf(IllegalStateException.class);
    }
}
