package io.camelchat.chatcompletion.examples.streaming;

import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.examples.Example;
import io.camelchat.chatcompletion.examples.ExampleOutcome;
import io.camelchat.chatcompletion.examples.ExampleSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;

/**
 * Example 2 ({@code routes/streaming.yaml}): the answer streamed as Server-Sent Events, printed chunk by chunk as it
 * arrives, then its finish reason and usage. Succeeds when several chunks came, spread over time, and they join to
 * the whole answer.
 */
public final class StreamingExample implements Example {

    public static final String DEFAULT_PROMPT = "Explain in one sentence why streaming answers feel faster.";

    private final String prompt;
    private final ChunkPrinter printer = new ChunkPrinter();

    public StreamingExample(List<String> prompt) {
        this.prompt = prompt.isEmpty() ? DEFAULT_PROMPT : String.join(" ", prompt);
    }

    @Override
    public String name() {
        return "streaming";
    }

    @Override
    public String title() {
        return "the answer streamed chunk by chunk, then finish reason and usage (YAML route)";
    }

    @Override
    public void configure(Main main, ExampleSettings settings) {
        main.bind("chunkPrinter", printer);
        main.configure().withRoutesIncludePattern("classpath:routes/streaming.yaml");
    }

    @Override
    public ExampleOutcome run(CamelContext context, ExampleSettings settings) {
        printer.clear();
        Exchange result = context.createProducerTemplate().request("direct:streaming",
                e -> e.getMessage().setBody(prompt));
        if (result.getException() != null) {
            return ExampleOutcome.failed(name(), "stream failed: " + result.getException().getMessage());
        }
        List<ChunkPrinter.Chunk> chunks = printer.chunks();
        String content = result.getMessage().getHeader(ChatCompletionConstants.CONTENT, String.class);
        String finish = result.getMessage().getHeader(ChatCompletionConstants.FINISH_REASON, String.class);
        Integer total = result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class);
        String joined = String.join("", chunks.stream().map(ChunkPrinter.Chunk::text).toList());
        long spreadMs = chunks.size() < 2 ? 0
                : (chunks.get(chunks.size() - 1).arrivedAtNanos() - chunks.get(0).arrivedAtNanos()) / 1_000_000;
        boolean ok = chunks.size() > 1 && joined.equals(content) && finish != null
                     && (!settings.isEmbedded() || ("You said: " + prompt).equals(content) && total != null);
        return new ExampleOutcome(name(), ok, chunks.size() + " chunks over " + spreadMs + " ms, finish " + finish
                                              + ", " + total + " tokens",
                1, ok ? 1 : 0, ok ? 0 : 1, total == null ? 0 : total);
    }
}
