package io.camelchat.chatcompletion.structured;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import io.camelchat.chatcompletion.ChatCompletionErrorKind;
import io.camelchat.chatcompletion.ChatCompletionException;
import io.camelchat.chatcompletion.OutputFormat;
import io.camelchat.chatcompletion.ResponseFormat;
import io.camelchat.chatcompletion.call.StructuredCall;
import io.camelchat.chatcompletion.json.Json;
import io.camelchat.chatcompletion.model.ChatCompletionResponse;
import io.camelchat.chatcompletion.model.ChatCompletionUsage;
import io.camelchat.chatcompletion.request.PreparedRequest;
import io.camelchat.chatcompletion.request.RequestFactory;
import io.camelchat.chatcompletion.response.ChatResult;
import org.apache.camel.Message;

/**
 * Structured output of one call: builds its requests (native or prompt mode, plus repairs), checks each answer
 * against the schema, sums the usage of every answer, and puts the validated body on the message.
 */
final class StructuredExchange implements StructuredCall {

    /** The fixed prompt-mode instruction; the schema follows it on the next line. */
    static final String INSTRUCTION = "Answer with one JSON value only, no prose and no Markdown, that conforms to "
                                      + "this JSON schema:";

    private final StructuredEndpoint endpoint;
    private final CompiledSchema schema;
    private final ObjectNode base;
    private final List<ObjectNode> repairMessages = new ArrayList<>();
    private boolean nativeSent;
    private int repairs;
    private int answers;
    private Integer promptTokens;
    private Integer completionTokens;
    private Integer totalTokens;
    private JsonNode value;
    private Object instance;

    StructuredExchange(StructuredEndpoint endpoint, CompiledSchema schema, ObjectNode request) {
        this.endpoint = endpoint;
        this.schema = schema;
        this.base = request.deepCopy();
    }

    @Override
    public PreparedRequest firstRequest() {
        return request();
    }

    @Override
    public Verdict check(ChatResult result, boolean repairAllowed) {
        ChatCompletionResponse response = result.response();
        addUsage(response.usage());
        String text = response.content();
        String refusal = refusal(result.payload());
        if (refusal != null) {
            return Verdict.fail(failure(result, text, List.of(), "the model refused to answer: " + refusal)
                    .refusal(refusal).build());
        }
        if ("length".equals(response.finishReason())) {
            return Verdict.fail(failure(result, text, List.of(),
                    "the answer was cut at the token limit (finish_reason=length): raise maxTokens or "
                                                                 + "maxCompletionTokens").build());
        }
        if (result.envelope() != null && endpoint.isAuto() && nativeSent) {
            // the vendor envelope's API has no response_format: its server does not enforce the schema
            endpoint.switchToPrompt();
        }
        List<String> errors = validate(text);
        if (errors.isEmpty()) {
            return Verdict.ACCEPT;
        }
        if (repairAllowed && repairs < endpoint.config().getStructuredOutputRetries()) {
            repairs++;
            repairMessages.add(Json.MAPPER.createObjectNode().put("role", "assistant").put("content",
                    text == null ? "" : text));
            repairMessages.add(Json.MAPPER.createObjectNode().put("role", "user").put("content", repairText(errors)));
            return Verdict.reask(request());
        }
        String why = repairAllowed ? "after " + repairs + " repair(s)"
                : "(no repair: its text already reached the route in chunks or forward mode)";
        return Verdict.fail(failure(result, text, errors, "the answer does not fit the JSON schema " + why + ": "
                                                          + String.join("; ", errors)).build());
    }

    @Override
    public PreparedRequest fallback(ChatCompletionException failure) {
        if (!nativeSent || !endpoint.isAuto() || !rejectsResponseFormat(failure)) {
            return null;
        }
        endpoint.switchToPrompt();
        return request();
    }

    @Override
    public void apply(Message message) {
        Object body;
        Class<?> type = endpoint.config().getOutputClass();
        if (type != null) {
            body = instance;
        } else if (endpoint.config().getOutputFormat() == OutputFormat.content) {
            body = value.toString();
        } else {
            body = message.getBody();
        }
        message.setBody(body);
        message.setHeader(ChatCompletionConstants.STRUCTURED_OUTPUT_REPAIRS, repairs);
        if (answers > 1) {
            setIfPresent(message, ChatCompletionConstants.PROMPT_TOKENS, promptTokens);
            setIfPresent(message, ChatCompletionConstants.COMPLETION_TOKENS, completionTokens);
            setIfPresent(message, ChatCompletionConstants.TOTAL_TOKENS, totalTokens);
        }
    }

    /** The validator's messages (or why there is no JSON value, or why it does not map to outputClass). */
    private List<String> validate(String text) {
        JsonNode candidate;
        try {
            candidate = AnswerJson.extract(text);
        } catch (IOException e) {
            return List.of(e.getMessage());
        }
        List<String> errors = schema.validate(candidate);
        if (errors.isEmpty() && endpoint.config().getOutputClass() != null) {
            try {
                instance = Json.MAPPER.treeToValue(candidate, endpoint.config().getOutputClass());
            } catch (JsonProcessingException | IllegalArgumentException e) {
                return List.of("the JSON does not map to " + endpoint.config().getOutputClass().getName() + ": "
                               + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        if (errors.isEmpty()) {
            value = candidate;
        }
        return errors;
    }

    private PreparedRequest request() {
        ObjectNode request = base.deepCopy();
        ArrayNode messages = (ArrayNode) request.get("messages");
        repairMessages.forEach(messages::add);
        ResponseFormat format = endpoint.config().getResponseFormat();
        nativeSent = !endpoint.promptMode() && (format == null || format == ResponseFormat.json_schema);
        if (nativeSent) {
            ObjectNode jsonSchema = request.putObject("response_format").put("type", "json_schema")
                    .putObject("json_schema");
            // the schema's text, written once per endpoint, is copied into the request instead of serialised again
            jsonSchema.put("name", schema.name()).put("strict", schema.strict())
                    .putRawValue("schema", new RawValue(schema.text()));
        } else {
            request.remove("response_format");
            if (format == ResponseFormat.json_object && !endpoint.promptMode()) {
                request.putObject("response_format").put("type", "json_object");
            }
            addInstruction(messages);
        }
        return RequestFactory.prepare(request, endpoint.config());
    }

    /** Prompt mode: the instruction and the schema close the first system message, or form one that goes first. */
    private void addInstruction(ArrayNode messages) {
        String instruction = INSTRUCTION + "\n" + schema.text();
        JsonNode first = messages.get(0);
        if (first != null && "system".equals(first.path("role").asText()) && first.path("content").isTextual()) {
            ((ObjectNode) first).put("content", first.get("content").asText() + "\n\n" + instruction);
        } else {
            messages.insertObject(0).put("role", "system").put("content", instruction);
        }
    }

    private static String repairText(List<String> errors) {
        StringBuilder text = new StringBuilder("Your previous answer does not conform to the JSON schema:");
        errors.forEach(error -> text.append("\n- ").append(error));
        return text.append("\nAnswer again with only the corrected JSON value.").toString();
    }

    /** A 400 (HTTP or envelope code) whose message names response_format, other than an invalid schema. */
    private static boolean rejectsResponseFormat(ChatCompletionException failure) {
        boolean badRequest = failure.getKind() == ChatCompletionErrorKind.HTTP && failure.getHttpStatus() == 400
                             || failure.getKind() == ChatCompletionErrorKind.ENVELOPE
                                && "400".equals(failure.getErrorCode());
        if (!badRequest) {
            return false;
        }
        String said = (failure.getProviderMessage() + " " + failure.getResponseBody()).toLowerCase(Locale.ROOT);
        return said.contains("response_format") && !said.contains("invalid schema");
    }

    private static String refusal(JsonNode payload) {
        JsonNode refusal = payload == null ? null : payload.path("choices").path(0).path("message").get("refusal");
        return refusal != null && refusal.isTextual() && !refusal.asText().isEmpty() ? refusal.asText() : null;
    }

    private ChatCompletionException.Builder failure(ChatResult result, String text, List<String> errors,
                                                    String message) {
        return ChatCompletionException.builder(ChatCompletionErrorKind.INVALID_OUTPUT)
                .httpStatus(result.httpStatus(), null)
                .providerMessage("Structured output: " + message)
                .rawOutput(text)
                .partialContent(text)
                .validationErrors(errors)
                .finishReason(result.response().finishReason())
                .retryable(false);
    }

    private void addUsage(ChatCompletionUsage usage) {
        answers++;
        if (usage != null) {
            promptTokens = sum(promptTokens, usage.promptTokens());
            completionTokens = sum(completionTokens, usage.completionTokens());
            totalTokens = sum(totalTokens, usage.totalTokens());
        }
    }

    private static Integer sum(Integer total, Integer more) {
        return more == null ? total : total == null ? more : total + more;
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
