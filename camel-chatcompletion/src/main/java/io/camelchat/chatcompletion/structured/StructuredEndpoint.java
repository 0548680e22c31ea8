package io.camelchat.chatcompletion.structured;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.EnvelopeMode;
import io.camelchat.chatcompletion.ResponseFormat;
import io.camelchat.chatcompletion.call.StructuredCall;
import io.camelchat.chatcompletion.json.Json;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.support.ResourceHelper;

/**
 * Structured output of one endpoint: its schema (derived from outputClass or loaded from jsonSchema once, when the
 * endpoint starts), schemas given per exchange in a header (compiled once per distinct text), and the mode auto has
 * settled on. Only endpoints with structured output, or exchanges with a schema header, create one, so the schema
 * libraries are never loaded on the plain path.
 */
public final class StructuredEndpoint {

    private static final int MAX_CACHED_HEADER_SCHEMAS = 64;

    private final ChatCompletionConfiguration config;
    private final CamelContext context;
    private final CompiledSchema endpointSchema;
    private final Map<String, CompiledSchema> headerSchemas = new ConcurrentHashMap<>();
    private final AtomicBoolean promptMode = new AtomicBoolean();

    public StructuredEndpoint(ChatCompletionConfiguration config, CamelContext context) {
        this.config = config;
        this.context = context;
        this.endpointSchema = endpointSchema();
        if (config.getResponseFormat() == ResponseFormat.json_schema && endpointSchema == null) {
            throw new IllegalArgumentException("responseFormat=json_schema needs jsonSchema or outputClass");
        }
        promptMode.set(ChatCompletionConfiguration.STRUCTURED_PROMPT.equals(config.getStructuredOutput())
                       || ChatCompletionConfiguration.STRUCTURED_AUTO.equals(config.getStructuredOutput())
                          && config.getEnvelope() == EnvelopeMode.always);
    }

    /**
     * The structured side of a call with this request, or null when no schema applies to the exchange.
     *
     * @param request the built request (it is not changed)
     */
    public StructuredCall begin(Message message, ObjectNode request) {
        CompiledSchema schema = endpointSchema;
        Object header = message.getHeader(ChatCompletionConstants.JSON_SCHEMA);
        if (header != null) {
            schema = headerSchema(header);
        }
        return schema == null ? null : new StructuredExchange(this, schema, request);
    }

    ChatCompletionConfiguration config() {
        return config;
    }

    /** Whether requests go out in prompt mode (configured, or auto after the server rejected response_format). */
    boolean promptMode() {
        return promptMode.get();
    }

    /** auto mode: from now on this endpoint sends the schema in the prompt. */
    void switchToPrompt() {
        promptMode.set(true);
    }

    boolean isAuto() {
        return ChatCompletionConfiguration.STRUCTURED_AUTO.equals(config.getStructuredOutput());
    }

    private CompiledSchema endpointSchema() {
        Class<?> type = config.getOutputClass();
        String source = config.getJsonSchema();
        if (source != null && !source.isBlank()) {
            return CompiledSchema.of(load(source), type == null ? null : type.getSimpleName());
        }
        return type == null ? null : CompiledSchema.of(SchemaDerivation.derive(type), type.getSimpleName());
    }

    private CompiledSchema headerSchema(Object header) {
        if (header instanceof JsonNode node) {
            return CompiledSchema.of(node, null);
        }
        String text = header.toString();
        CompiledSchema cached = headerSchemas.get(text);
        if (cached == null) {
            cached = CompiledSchema.of(load(text), null);
            if (headerSchemas.size() < MAX_CACHED_HEADER_SCHEMAS) {
                headerSchemas.put(text, cached);
            }
        }
        return cached;
    }

    /** Inline JSON (text starting with '{'), or a resource: classpath:, file:, http: and the other Camel schemes. */
    private JsonNode load(String source) {
        String trimmed = source.strip();
        try {
            if (trimmed.startsWith("{")) {
                return Json.MAPPER.readTree(trimmed);
            }
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, trimmed)) {
                return Json.MAPPER.readTree(in);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The JSON schema " + (trimmed.startsWith("{") ? "given inline" : trimmed)
                                               + " cannot be read: " + e.getMessage(), e);
        }
    }
}
