package io.camelchat.chatcompletion;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header names with dashes survive Camel Main's property binding in the bracket form the docs show; the dotted form
 * loses them (Camel Main turns dashed keys into camelCase), which is why the docs show brackets.
 */
class ExtraHeaderNamesThroughCamelMainTest {

    @Test
    void bracketFormKeepsTheDashesOfAHeaderName() throws Exception {
        Main main = new Main();
        main.addInitialProperty("camel.component.chatcompletion.extra-header[OpenAI-Organization]", "org-1");
        main.addInitialProperty("camel.component.chatcompletion.extra-body[reasoning_effort]", "low");
        main.addInitialProperty("camel.component.chatcompletion.extra-header.X-Dotted-Form", "dotted");
        try {
            main.start();
            ChatCompletionConfiguration config = main.getCamelContext()
                    .getComponent("chatcompletion", ChatCompletionComponent.class).getConfiguration();
            assertThat(config.getExtraHeader()).containsEntry("OpenAI-Organization", "org-1")
                    .containsEntry("XDottedForm", "dotted")
                    .doesNotContainKey("X-Dotted-Form");
            assertThat(config.getExtraBody()).containsEntry("reasoning_effort", "low");
        } finally {
            main.stop();
        }
    }
}
