package io.camelchat.chatcompletion.examples;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one command that runs every example in sequence: it must report success against the embedded defaults.
 */
class ExamplesMainTest {

    @Test
    void allExamplesSucceedAgainstTheEmbeddedDefaults() throws Exception {
        assertThat(ExamplesMain.run(new String[0], Map.of("CHATCOMPLETION_GATEWAY_LATENCY_MS", "50"))).isTrue();
    }

    @Test
    void aSingleExampleRunsByName() throws Exception {
        assertThat(ExamplesMain.run(new String[] { "hello", "ping" }, Map.of("CHATCOMPLETION_GATEWAY_LATENCY_MS", "0")))
                .isTrue();
    }
}
