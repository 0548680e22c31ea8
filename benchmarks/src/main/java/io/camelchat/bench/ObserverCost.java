package io.camelchat.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.http.ResponseHead;
import io.camelchat.chatcompletion.model.ChatCompletionChoice;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import io.camelchat.chatcompletion.observe.CallObservation;
import io.camelchat.chatcompletion.observe.CallObserver;
import io.camelchat.chatcompletion.observe.ObservedEndpoint;
import io.camelchat.chatcompletion.observe.Observers;
import io.camelchat.chatcompletion.request.PreparedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * The process CPU time one call's observation costs, in isolation: the hooks a successful non-streamed call makes,
 * with metrics and tracing on (as client camel-observed has them) and with nothing configured, in a loop on one
 * thread (the span batch processor's thread included). Less sensitive to a busy machine than scenario B's throughput.
 * Run: java -cp "$(cat benchmarks/target/bench.classpath):benchmarks/target/classes" io.camelchat.bench.ObserverCost
 */
public final class ObserverCost {

    private ObserverCost() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        try (CamelContext plain = new DefaultCamelContext(); CamelContext observed = new DefaultCamelContext()) {
            Observability.bind(observed);
            CallObserver none = observer(plain);
            CallObserver both = observer(observed);
            Exchange exchange = new DefaultExchange(plain);
            for (int round = 0; round < 3; round++) {
                double off = nanosPerCall(none, exchange, calls);
                double on = nanosPerCall(both, exchange, calls);
                System.out.printf("round %d: nothing configured %.0f ns/call, metrics + tracing %.0f ns/call, "
                                  + "observation costs %.2f us/call%n", round, off, on, (on - off) / 1000);
            }
        }
    }

    private static CallObserver observer(CamelContext context) {
        return Observers.create(context, new ChatCompletionConfiguration(),
                new ObservedEndpoint("openai", "127.0.0.1", 8080, Payloads.MODEL, () -> 0, () -> 0));
    }

    private static double nanosPerCall(CallObserver observer, Exchange exchange, int calls) {
        PreparedRequest request = new PreparedRequest("{\"messages\":[]}".getBytes(StandardCharsets.UTF_8),
                Payloads.MODEL, false, 100);
        ResponseHead head = new ResponseHead(200, "OK", Map.of("Content-Type", "application/json",
                "x-ratelimit-remaining-requests", "4999", "x-ratelimit-remaining-tokens", "150000"));
        ChatCompletionResponse response = new ChatCompletionResponse("id-1", Payloads.MODEL, 1L,
                List.of(new ChatCompletionChoice(0, "assistant", "hi", null, "stop", null)),
                new ChatCompletionUsage(9, 12, 21));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < calls / 4; i++) {
            once(observer, exchange, request, head, response);
        }
        long start = os.getProcessCpuTime();
        for (int i = 0; i < calls; i++) {
            once(observer, exchange, request, head, response);
        }
        return (os.getProcessCpuTime() - start) / (double) calls;
    }

    private static void once(CallObserver observer, Exchange exchange, PreparedRequest request, ResponseHead head,
                             ChatCompletionResponse response) {
        CallObservation observation = observer.callStarted(request, exchange);
        observation.slotWaited(1_000);
        Map<String, String> headers = new LinkedHashMap<>();
        observation.beforeSend(1, headers);
        observation.responseHead(head);
        observation.succeeded(response);
    }
}
