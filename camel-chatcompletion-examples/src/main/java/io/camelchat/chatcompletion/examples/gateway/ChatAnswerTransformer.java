package io.camelchat.chatcompletion.examples.gateway;

import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * Answers a chat completion request deterministically from the request itself (see {@link ChatAnswer}): checks the
 * Bearer key, injects the fault a {@code [fault:...]} marker asks for, and answers as JSON (in the vendor envelope
 * unless the gateway runs in plain OpenAI mode) or, for {@code "stream": true}, as Server-Sent Events paced one word
 * per chunk. Every response waits the configured latency first. Counts the tokens it answered.
 */
final class ChatAnswerTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "chat-answer";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String apiKey;
    private final ChatBodies bodies;
    private final GatewayOptions options;
    private final FaultScript faults = new FaultScript();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();
    private final GatewayQuota quota;

    ChatAnswerTransformer(String apiKey, GatewayOptions options) {
        this.apiKey = apiKey;
        this.options = options;
        this.bodies = new ChatBodies(options.envelope());
        this.quota = options.requestsPerMinute() > 0 ? new GatewayQuota(options.requestsPerMinute()) : null;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String authorization = serveEvent.getRequest().getHeader("Authorization");
        if (!("Bearer " + apiKey).equals(authorization)) {
            return json(401, bodies.error("401", "authentication_error", "invalid or missing API key")).build();
        }
        JsonNode request;
        try {
            request = MAPPER.readTree(serveEvent.getRequest().getBodyAsString());
        } catch (Exception e) {
            return json(400, bodies.error("400", "invalid_request_error", "request body is not JSON")).build();
        }
        if (!request.path("messages").isArray() || request.path("messages").isEmpty()) {
            return json(400, bodies.error("400", "invalid_request_error", "messages is required")).build();
        }
        if (quota != null) {
            long remaining = quota.take();
            if (remaining < 0) {
                rateLimited.incrementAndGet();
                return json(429, bodies.error("429", "rate_limit_exceeded", "requests per minute quota reached"))
                        .withHeader("retry-after-ms", String.valueOf(quota.millisUntilNext()))
                        .withHeader("x-ratelimit-remaining-requests", "0").build();
            }
        }
        GatewayFault fault = faults.next(ChatAnswer.lastUserMessage(request.get("messages")));
        ChatAnswer answer = ChatAnswer.of(request, fault == GatewayFault.BAD_JSON);
        boolean stream = request.path("stream").asBoolean(false);
        return delayed(respond(request, answer, fault, stream)).build();
    }

    private ResponseDefinitionBuilder respond(JsonNode request, ChatAnswer answer, GatewayFault fault, boolean stream) {
        if (fault == GatewayFault.RATE_LIMITED) {
            return json(429, bodies.error("429", "rate_limit_error", "rate limit exceeded, retry later"))
                    .withHeader("Retry-After", "1").withHeader("retry-after-ms", "300");
        }
        if (fault == GatewayFault.UNAVAILABLE) {
            return json(503, bodies.error("503", "server_error", "the model is overloaded"));
        }
        if (fault == GatewayFault.BAD_REQUEST) {
            return json(400, bodies.error("400", "invalid_request_error", "the prompt was rejected by the gateway"));
        }
        String id = "chatcmpl-gw-" + ids.incrementAndGet();
        boolean drop = fault == GatewayFault.DROP;
        if (!drop) {
            tokens.addAndGet(answer.totalTokens());
        }
        if (!stream) {
            String body = bodies.completion(id, answer);
            return json(200, drop ? body.substring(0, body.length() / 2) : body);
        }
        boolean includeUsage = request.path("stream_options").path("include_usage").asBoolean(false);
        int dropAfter = drop ? Math.max(1, answer.deltas().size() / 2) : -1;
        String sse = bodies.stream(id, answer, includeUsage, dropAfter);
        int events = sse.split("\n\n").length;
        ResponseDefinitionBuilder response = responseDefinition().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withHeader("Cache-Control", "no-cache")
                .withBody(sse);
        long pacing = options.chunkDelay().toMillis() * events;
        return pacing > 0 ? response.withChunkedDribbleDelay(events, (int) pacing) : response;
    }

    private ResponseDefinitionBuilder delayed(ResponseDefinitionBuilder response) {
        long latency = options.latency().toMillis();
        return latency > 0 ? response.withFixedDelay((int) latency) : response;
    }

    long tokens() {
        return tokens.get();
    }

    /** 429s answered because the quota was used up. */
    long rateLimited() {
        return rateLimited.get();
    }

    void resetFaults() {
        faults.reset();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
