package io.camelchat.bench;

import java.nio.charset.StandardCharsets;

/** The stub server's answers, shared with the in-process parser benchmark so both see the same bytes. */
final class Payloads {

    static final String MODEL = "bench-model";
    static final String PROMPT = "Say hello to the benchmark.";
    static final String TOKEN = " token";
    static final String ANSWER = "Hello! This is the benchmark server answering from memory.";

    private static final String ID = "chatcmpl-bench0123456789";

    private Payloads() {
    }

    /** What the stub answers a request that carries a response_format: JSON that fits {@link BenchInsight}. */
    static final String STRUCTURED_ANSWER
            = "{\\\"greeting\\\":\\\"Hello\\\",\\\"score\\\":4,\\\"topics\\\":[\\\"benchmark\\\",\\\"server\\\"]}";

    static byte[] completion() {
        return completion(ANSWER);
    }

    /** A chat.completion whose message content is {@code content} (already escaped for a JSON string). */
    static byte[] completion(String content) {
        return ("{\"id\":\"" + ID + "\",\"object\":\"chat.completion\",\"created\":1700000000,\"model\":\"" + MODEL
                + "\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + content
                + "\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":14,\"completion_tokens\":12,\"total_tokens\":26}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** An OpenAI-style SSE body: a role chunk, {@code n} text chunks, a finish chunk, a usage chunk, [DONE]. */
    static byte[] stream(int n) {
        String head = "data: {\"id\":\"" + ID + "\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,"
                + "\"model\":\"" + MODEL + "\",\"choices\":[";
        StringBuilder sb = new StringBuilder(n * 180 + 1024);
        sb.append(head).append("{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                + "\"logprobs\":null,\"finish_reason\":null}]}\n\n");
        String text = head + "{\"index\":0,\"delta\":{\"content\":\"" + TOKEN
                + "\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
        for (int i = 0; i < n; i++) {
            sb.append(text);
        }
        sb.append(head).append("{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}\n\n");
        sb.append(head).append("],\"usage\":{\"prompt_tokens\":14,\"completion_tokens\":").append(n)
                .append(",\"total_tokens\":").append(n + 14).append("}}\n\n");
        sb.append("data: [DONE]\n\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
