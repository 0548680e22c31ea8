package io.camelchat.chatcompletion.observe.otel;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;

/** The attribute keys and event names of the spans (OpenTelemetry GenAI conventions, plus chatcompletion.*). */
final class SpanAttributes {

    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
    static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
    static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
    static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
    static final AttributeKey<List<String>> FINISH_REASONS =
            AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
    static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
    static final AttributeKey<Long> OUTPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.output_tokens");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("chatcompletion.attempts");
    static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("chatcompletion.attempt");
    static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey("chatcompletion.retry.delay_ms");
    static final AttributeKey<String> INPUT_MESSAGES = AttributeKey.stringKey("gen_ai.input.messages");
    static final AttributeKey<String> OUTPUT_MESSAGES = AttributeKey.stringKey("gen_ai.output.messages");

    static final String RETRY_EVENT = "chatcompletion.retry";
    static final String FIRST_CHUNK_EVENT = "chatcompletion.first_chunk";
    static final String PROMPT_EVENT = "gen_ai.content.prompt";
    static final String COMPLETION_EVENT = "gen_ai.content.completion";

    private SpanAttributes() {
    }
}
