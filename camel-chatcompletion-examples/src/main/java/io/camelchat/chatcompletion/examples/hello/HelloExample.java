package io.camelchat.chatcompletion.examples.hello;

import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.examples.Example;
import io.camelchat.chatcompletion.examples.ExampleOutcome;
import io.camelchat.chatcompletion.examples.ExampleSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * Example 1: each prompt goes through the Java route ({@link HelloRoute}) and its YAML twin
 * ({@code routes/hello.yaml}); both must answer with usage headers (against the embedded gateway: the known answer).
 */
public final class HelloExample implements Example {

    public static final List<String> DEFAULT_PROMPTS = List.of("What is Apache Camel?",
            "Name one enterprise integration pattern.");

    private final List<String> prompts;

    public HelloExample(List<String> prompts) {
        this.prompts = prompts.isEmpty() ? DEFAULT_PROMPTS : prompts;
    }

    @Override
    public String name() {
        return "hello";
    }

    @Override
    public String title() {
        return "a prompt in, the answer and its token usage out (Java and YAML routes)";
    }

    @Override
    public void configure(Main main, ExampleSettings settings) {
        main.configure().addRoutesBuilder(new HelloRoute());
        main.configure().withRoutesIncludePattern("classpath:routes/hello.yaml");
    }

    @Override
    public ExampleOutcome run(CamelContext context, ExampleSettings settings) {
        ProducerTemplate template = context.createProducerTemplate();
        int calls = 0;
        int ok = 0;
        long tokens = 0;
        for (String prompt : prompts) {
            for (String uri : List.of("direct:hello", "direct:hello-yaml")) {
                calls++;
                Exchange result = template.request(uri, e -> e.getMessage().setBody(prompt));
                if (result.getException() != null) {
                    System.out.printf("[hello] %s FAILED: %s%n", uri, result.getException().getMessage());
                    continue;
                }
                String answer = result.getMessage().getBody(String.class);
                Integer total = result.getMessage().getHeader(ChatCompletionConstants.TOTAL_TOKENS, Integer.class);
                boolean expected = !settings.isEmbedded() || ("You said: " + prompt).equals(answer);
                if (answer != null && !answer.isBlank() && total != null && expected) {
                    ok++;
                    tokens += total;
                } else {
                    System.out.printf("[hello] %s unexpected answer %s (tokens %s)%n", uri, answer, total);
                }
            }
        }
        return new ExampleOutcome(name(), ok == calls, ok + "/" + calls + " prompts answered with usage, "
                                                       + tokens + " tokens", calls, ok, calls - ok, tokens);
    }
}
