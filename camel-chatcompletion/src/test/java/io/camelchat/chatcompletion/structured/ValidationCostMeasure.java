package io.camelchat.chatcompletion.structured;

import java.util.List;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.call.StructuredCall;
import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.model.ChatCompletionChoice;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import io.camelchat.chatcompletion.request.RequestFactory;
import io.camelchat.chatcompletion.response.ChatResult;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;

/**
 * A JMH-free micro-measure (not a test) of the CPU structured output adds per answer: find the JSON in the answer
 * text, validate it against ReviewInsight's schema, read it into a ReviewInsight and put it on the message. Run with
 * {@code java -cp <test classpath> io.camelchat.chatcompletion.structured.ValidationCostMeasure [seconds]}; prints
 * µs per answer over rounds of one second after a warm-up.
 */
public final class ValidationCostMeasure {

    private ValidationCostMeasure() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        CamelContext context = new DefaultCamelContext();
        context.start();
        ChatCompletionConfiguration config = new ChatCompletionConfiguration();
        config.setOutputClass(ReviewInsight.class);
        StructuredEndpoint endpoint = new StructuredEndpoint(config, context);
        var request = Json.MAPPER.createObjectNode().put("model", "gpt-4o-mini");
        request.putArray("messages").addObject().put("role", "user").put("content", "Review: fast kettle");
        String content = "{\"sentiment\":\"positive\",\"score\":5,\"summary\":\"Boils water fast and looks nice on "
                         + "the counter\",\"topics\":[\"speed\",\"design\",\"price\"]}";
        ChatResult result = new ChatResult(new ChatCompletionResponse("chatcmpl-1", "gpt-4o-mini", 1L, List.of(
                new ChatCompletionChoice(0, "assistant", content, null, "stop", null)),
                new ChatCompletionUsage(50, 20, 70)), null, null, 200);
        DefaultMessage message = new DefaultMessage(context);
        long sink = 0;
        StructuredCall built = endpoint.begin(message, request);
        for (int round = -3; round < seconds; round++) {
            long start = System.nanoTime();
            long answers = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                for (int i = 0; i < 1000; i++) {
                    sink += built.firstRequest().body().length;
                    sink -= RequestFactory.prepare(request, config).body().length;
                }
                answers += 1000;
            }
            System.out.printf("request with the schema (native) + plain request, round %d: %.2f µs per pair%n",
                    round, (System.nanoTime() - start) / 1000.0 / answers);
        }
        for (int round = -3; round < seconds; round++) {
            long start = System.nanoTime();
            long answers = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                for (int i = 0; i < 1000; i++) {
                    sink += RequestFactory.prepare(request, config).body().length;
                }
                answers += 1000;
            }
            System.out.printf("plain request, round %d: %.2f µs%n", round, (System.nanoTime() - start) / 1000.0 / answers);
        }
        for (int round = -3; round < seconds; round++) {
            long start = System.nanoTime();
            long end = start + 1_000_000_000L;
            long answers = 0;
            while (System.nanoTime() < end) {
                for (int i = 0; i < 1000; i++) {
                    StructuredCall call = endpoint.begin(message, request);
                    if (call.check(result, true) != StructuredCall.Verdict.ACCEPT) {
                        throw new IllegalStateException("the answer should fit");
                    }
                    call.apply(message);
                    sink += message.getBody().hashCode();
                }
                answers += 1000;
            }
            double micros = (System.nanoTime() - start) / 1000.0 / answers;
            System.out.printf("%s round %d: %.2f µs per answer (%d answers)%n", round < 0 ? "warm-up" : "measured",
                    round, micros, answers);
        }
        System.out.println("(checksum " + sink + ")");
        context.stop();
    }
}
