package io.camelchat.chatcompletion.hardening;

import io.camelchat.chatcompletion.ChatCompletionComponent;
import org.apache.camel.support.PropertyBindingSupport;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each invalid numeric option makes endpoint creation fail with an IllegalArgumentException (possibly wrapped) whose
 * message names the option, whether it is set on the endpoint URI or on the component.
 */
@Timeout(30)
class NumericOptionsValidatedTest extends HardeningTestSupport {

    private static final String BASE = "chatcompletion:" + MODEL + "?baseUrl=http://127.0.0.1:9";

    @ParameterizedTest(name = "endpoint {0}={1}")
    @CsvSource({
            "retryInitialDelay, -500", "retryMaxDelay, -1", "maxRetryAfter, -1", "maxRetries, -1",
            "requestTimeout, -1", "attemptTimeout, -1", "maxResponseSize, 0", "maxEventSize, 0",
            "maxStreamContentSize, 0", "maxConcurrentRequests, 0" })
    void invalidOnTheEndpoint(String option, String value) {
        assertThatThrownBy(() -> context.getEndpoint(BASE + "&" + option + "=" + value).start())
                .satisfies(e -> assertNamesOption(e, option));
    }

    @ParameterizedTest(name = "component {0}={1}")
    @CsvSource({
            "retryInitialDelay, -500", "retryMaxDelay, -1", "maxRetryAfter, -1", "maxRetries, -1",
            "requestTimeout, -1", "attemptTimeout, -1", "maxResponseSize, 0", "maxEventSize, 0",
            "maxStreamContentSize, 0", "maxConcurrentRequests, 0" })
    void invalidOnTheComponent(String option, String value) {
        ChatCompletionComponent component = context.getComponent("chatcompletion", ChatCompletionComponent.class);
        assertThatThrownBy(() -> {
            PropertyBindingSupport.build().withReflection(true).withMandatory(true)
                    .bind(context, component.getConfiguration(), option, value);
            context.getEndpoint(BASE).start();
        }).satisfies(e -> assertNamesOption(e, option));
    }

    /** Some IllegalArgumentException in the cause chain names the option (a wrapper quoting the URI does not count). */
    private static void assertNamesOption(Throwable thrown, String option) {
        System.out.printf("%s: %s%n", option, thrown);
        Throwable cause = thrown;
        while (cause != null) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                && cause.getMessage().contains(option)) {
                return;
            }
            cause = cause.getCause();
        }
        throw new AssertionError("no IllegalArgumentException naming " + option + " in " + thrown);
    }
}
