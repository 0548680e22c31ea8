package io.camelchat.chatcompletion.examples.gateway;

import java.time.Duration;

/**
 * How the embedded gateway behaves.
 *
 * @param envelope   answer in the vendor's {@code {success, code, message, data}} envelope on
 *                   {@code /api/v1/chat/completions} (true), or in plain OpenAI format on {@code /v1/chat/completions}
 * @param latency    how long every response waits before its first byte
 * @param chunkDelay for streams: the pause between two Server-Sent Events
 * @param requestsPerMinute a quota enforced as providers do (a bucket refilling continuously, a second's worth at
 *                   most; over it: 429 with retry-after-ms), or 0 for none
 */
public record GatewayOptions(boolean envelope, Duration latency, Duration chunkDelay, int requestsPerMinute) {

    /** The vendor API, no latency, 30 ms between stream events. */
    public static GatewayOptions vendor() {
        return new GatewayOptions(true, Duration.ZERO, Duration.ofMillis(30), 0);
    }

    /** Plain OpenAI format, no latency, 30 ms between stream events. */
    public static GatewayOptions openAi() {
        return new GatewayOptions(false, Duration.ZERO, Duration.ofMillis(30), 0);
    }

    public GatewayOptions withLatency(Duration latency) {
        return new GatewayOptions(envelope, latency, chunkDelay, requestsPerMinute);
    }

    public GatewayOptions withChunkDelay(Duration chunkDelay) {
        return new GatewayOptions(envelope, latency, chunkDelay, requestsPerMinute);
    }

    public GatewayOptions withRequestsPerMinute(int requestsPerMinute) {
        return new GatewayOptions(envelope, latency, chunkDelay, requestsPerMinute);
    }
}
