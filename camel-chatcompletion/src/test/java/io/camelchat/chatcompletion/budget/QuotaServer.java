package io.camelchat.chatcompletion.budget;

import java.util.concurrent.atomic.AtomicInteger;

import io.camelchat.chatcompletion.support.Jsons;
import io.camelchat.chatcompletion.testsupport.RecordedRequest;
import io.camelchat.chatcompletion.testsupport.ReplayServer;
import io.camelchat.chatcompletion.testsupport.ScriptedResponse;

/**
 * A chat server on a real socket that enforces a requests-per-minute and tokens-per-minute quota the way providers
 * do: token buckets refilling continuously, holding a second's worth; a request costs its prompt (a quarter of its
 * bytes) plus its max_tokens, and the unused part of max_tokens is given back when it answers. Over the quota it
 * answers 429 with retry-after-ms and x-ratelimit headers; every answer reports what is left.
 */
final class QuotaServer implements AutoCloseable {

    static final int COMPLETION_TOKENS = 20;

    private final ReplayServer server = new ReplayServer();
    private final int requestsPerMinute;
    private final int tokensPerMinute;
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private double requests;
    private double tokens;
    private long refilledAt = System.nanoTime();

    QuotaServer(int requestsPerMinute, int tokensPerMinute, long latencyMs) {
        this.requestsPerMinute = requestsPerMinute;
        this.tokensPerMinute = tokensPerMinute;
        this.requests = requestsPerMinute / 60.0;
        this.tokens = tokensPerMinute / 60.0;
        server.respondWith(request -> answer(request).withDelayMs(latencyMs));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    int accepted() {
        return accepted.get();
    }

    int rejected() {
        return rejected.get();
    }

    private ScriptedResponse answer(RecordedRequest request) {
        long prompt = request.body().length / 4;
        long maxTokens = Jsons.parse(request.bodyAsString()).path("max_tokens").asLong();
        long remainingRequests;
        long remainingTokens;
        boolean allowed;
        synchronized (this) {
            refill();
            allowed = requests >= 1 && tokens >= Math.min(prompt + maxTokens, tokensPerMinute / 60.0);
            if (allowed) {
                requests -= 1;
                tokens -= prompt + COMPLETION_TOKENS; // it answers at once: the unused max_tokens are given back
            }
            remainingRequests = (long) Math.max(0, requests);
            remainingTokens = (long) Math.max(0, tokens);
        }
        ScriptedResponse response;
        if (allowed) {
            accepted.incrementAndGet();
            response = ScriptedResponse.json(200, """
                    {"id":"c","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},
                     "finish_reason":"stop"}],"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}"""
                    .formatted(prompt, COMPLETION_TOKENS, prompt + COMPLETION_TOKENS));
        } else {
            rejected.incrementAndGet();
            response = ScriptedResponse.json(429, "{\"error\":{\"message\":\"Rate limit reached\","
                                                  + "\"code\":\"rate_limit_exceeded\"}}")
                    .withHeader("retry-after-ms", "200");
        }
        return response.withHeader("x-ratelimit-remaining-requests", String.valueOf(remainingRequests))
                .withHeader("x-ratelimit-remaining-tokens", String.valueOf(remainingTokens));
    }

    private void refill() {
        long now = System.nanoTime();
        double minutes = (now - refilledAt) / 60e9;
        refilledAt = now;
        requests = Math.min(requestsPerMinute / 60.0, requests + minutes * requestsPerMinute);
        tokens = Math.min(tokensPerMinute / 60.0, tokens + minutes * tokensPerMinute);
    }

    @Override
    public void close() {
        server.close();
    }
}
