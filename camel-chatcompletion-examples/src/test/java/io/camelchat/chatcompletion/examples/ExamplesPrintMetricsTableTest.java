package io.camelchat.chatcompletion.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples run ends with a table read from the component's meters: calls, p50/p99 duration, time to first chunk
 * for streams, tokens in and out, retries by reason and failures by kind.
 */
class ExamplesPrintMetricsTableTest {

    @Test
    void theStreamingRunEndsWithTheMetricsTable() throws Exception {
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        boolean ok;
        try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(out);
            ok = ExamplesMain.run(new String[] { "streaming" }, Map.of("CHATCOMPLETION_GATEWAY_LATENCY_MS", "0"));
        } finally {
            System.setOut(previous);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        previous.println(output);

        assertThat(ok).isTrue();
        assertThat(output).contains("[metrics] request model  ");
        assertThat(output).containsPattern(
                "\\[metrics\\] gpt-4o-mini\\s+\\S+\\s+ok\\s+[1-9]\\d*\\s+\\d+\\.\\d{3}\\s+\\d+\\.\\d{3}\\s+\\d+\\.\\d{3}"
                + "\\s+[1-9]\\d*\\s+[1-9]\\d*");
        assertThat(output).containsPattern("\\[metrics\\] calls [1-9]\\d*; retries by reason \\{.*\\}; "
                                           + "failures by kind \\{.*\\}");
    }
}
