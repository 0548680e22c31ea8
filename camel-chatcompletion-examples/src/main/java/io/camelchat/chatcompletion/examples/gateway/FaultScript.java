package io.camelchat.chatcompletion.examples.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which call gets which scripted fault. A prompt carrying {@code [fault:429,503]} fails with a 429 on its
 * first call, a 503 on its second and is answered from the third on; calls are counted per distinct prompt, so
 * concurrent prompts do not disturb each other. Thread-safe.
 */
final class FaultScript {

    private static final Pattern MARKER = Pattern.compile("\\[fault:([a-zA-Z0-9, ]+)]");

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** The fault for this call of the prompt, or null when it should be answered. */
    GatewayFault next(String prompt) {
        List<GatewayFault> script = scriptOf(prompt);
        if (script.isEmpty()) {
            return null;
        }
        int call = calls.computeIfAbsent(prompt, p -> new AtomicInteger()).getAndIncrement();
        return call < script.size() ? script.get(call) : null;
    }

    /** Forgets how often each prompt was called, so scripts start again from their first fault. */
    void reset() {
        calls.clear();
    }

    static List<GatewayFault> scriptOf(String prompt) {
        Matcher matcher = MARKER.matcher(prompt);
        if (!matcher.find()) {
            return List.of();
        }
        List<GatewayFault> faults = new ArrayList<>();
        for (String item : matcher.group(1).split(",")) {
            if (!item.isBlank()) {
                faults.add(GatewayFault.parse(item));
            }
        }
        return faults;
    }
}
