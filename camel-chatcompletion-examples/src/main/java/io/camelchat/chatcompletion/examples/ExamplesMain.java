package io.camelchat.chatcompletion.examples;

import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * Runs the examples in sequence against the embedded gateway (or the server named by CHATCOMPLETION_BASE_URL) and
 * exits 0 only if every example did what it says.
 */
public final class ExamplesMain {

    private ExamplesMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args) ? 0 : 1);
    }

    static boolean run(String[] args) throws Exception {
        List<String> prompts = args.length > 0 ? List.of(String.join(" ", args))
                : List.of("What is Apache Camel?", "Name one enterprise integration pattern.");
        try (ExampleSettings settings = ExampleSettings.fromEnvironment(System.getenv())) {
            System.out.println("[examples] calling " + settings.describe());
            Main main = new Main();
            main.configure().addRoutesBuilder(new HelloRoute());
            main.addInitialProperty("chat.model", settings.model());
            main.addInitialProperty("camel.component.chatcompletion.base-url", settings.baseUrl());
            main.addInitialProperty("camel.component.chatcompletion.chat-path", settings.chatPath());
            main.addInitialProperty("camel.component.chatcompletion.api-key", settings.apiKey());
            main.start();
            try {
                return runHello(main.getCamelContext().createProducerTemplate(), prompts);
            } finally {
                main.stop();
            }
        }
    }

    private static boolean runHello(ProducerTemplate template, List<String> prompts) {
        int ok = 0;
        int tokens = 0;
        for (String prompt : prompts) {
            Exchange result = template.request("direct:hello", e -> e.getMessage().setBody(prompt));
            if (result.getException() != null) {
                System.out.println("[hello] FAILED: " + result.getException().getMessage());
                continue;
            }
            Integer total = result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class);
            System.out.printf("[hello] prompt: %s%n[hello] answer: %s (tokens %s)%n", prompt,
                    result.getMessage().getBody(String.class), total);
            tokens += total == null ? 0 : total;
            ok++;
        }
        System.out.printf("[summary] hello: %d/%d answered, %d tokens used%n", ok, prompts.size(), tokens);
        return ok == prompts.size();
    }
}
