package io.camelchat.chatcompletion;

import org.apache.camel.Exchange;
import org.apache.camel.spi.Metadata;

/**
 * Message headers of the chatcompletion component. Headers in override the endpoint options for one exchange when
 * they are not null; headers out describe the answer.
 */
public final class ChatCompletionConstants {

    @Metadata(label = "producer", description = "The model to call; overrides the endpoint's model.",
              javaType = "String", important = true)
    public static final String MODEL = "CamelChatCompletionModel";
    @Metadata(label = "producer", description = "Sampling temperature; overrides the endpoint option.",
              javaType = "Double")
    public static final String TEMPERATURE = "CamelChatCompletionTemperature";
    @Metadata(label = "producer", description = "Nucleus sampling probability mass; overrides the endpoint option.",
              javaType = "Double")
    public static final String TOP_P = "CamelChatCompletionTopP";
    @Metadata(label = "producer", description = "Maximum number of tokens to generate (max_tokens); overrides the endpoint option.",
              javaType = "Integer")
    public static final String MAX_TOKENS = "CamelChatCompletionMaxTokens";
    @Metadata(label = "producer",
              description = "Maximum number of completion tokens (max_completion_tokens); overrides the endpoint option.",
              javaType = "Integer")
    public static final String MAX_COMPLETION_TOKENS = "CamelChatCompletionMaxCompletionTokens";
    @Metadata(label = "producer", description = "End-user identifier sent as user; overrides the endpoint option.",
              javaType = "String")
    public static final String USER = "CamelChatCompletionUser";
    @Metadata(label = "producer",
              description = "System message put before a prompt or a message list that has none; overrides the endpoint option.",
              javaType = "String")
    public static final String SYSTEM_MESSAGE = "CamelChatCompletionSystemMessage";
    @Metadata(label = "producer", description = "Whether to stream the answer as Server-Sent Events; overrides the endpoint option.",
              javaType = "Boolean")
    public static final String STREAM = "CamelChatCompletionStream";

    @Metadata(label = "producer", description = "The completion id the server returned.", javaType = "String",
              important = true)
    public static final String ID = "CamelChatCompletionId";
    @Metadata(label = "producer", description = "The model that answered, as the server reported it.",
              javaType = "String")
    public static final String RESPONSE_MODEL = "CamelChatCompletionResponseModel";
    @Metadata(label = "producer", description = "Creation time of the completion, in epoch seconds.", javaType = "Long")
    public static final String CREATED = "CamelChatCompletionCreated";
    @Metadata(label = "producer",
              description = "Why generation stopped: stop, length, tool_calls, content_filter, or a server-specific value.",
              javaType = "String", important = true)
    public static final String FINISH_REASON = "CamelChatCompletionFinishReason";
    @Metadata(label = "producer", description = "Tokens in the prompt; absent when the server sent no usage.",
              javaType = "Integer")
    public static final String PROMPT_TOKENS = "CamelChatCompletionPromptTokens";
    @Metadata(label = "producer", description = "Tokens in the completion; absent when the server sent no usage.",
              javaType = "Integer")
    public static final String COMPLETION_TOKENS = "CamelChatCompletionCompletionTokens";
    @Metadata(label = "producer", description = "Total tokens of the call; absent when the server sent no usage.",
              javaType = "Integer", important = true)
    public static final String TOTAL_TOKENS = "CamelChatCompletionTotalTokens";
    @Metadata(label = "producer",
              description = "Reasoning text of the first choice (reasoning_content, reasoning or thinking parts), when the server sent any.",
              javaType = "String")
    public static final String REASONING_CONTENT = "CamelChatCompletionReasoningContent";
    @Metadata(label = "producer",
              description = "Tool calls of the first choice, arguments kept as the raw JSON string; an empty list when the server sent an empty list.",
              javaType = "java.util.List<io.camelchat.chatcompletion.model.ChatCompletionToolCall>")
    public static final String TOOL_CALLS = "CamelChatCompletionToolCalls";
    @Metadata(label = "producer", description = "The envelope's success flag, when the answer came in the vendor envelope.",
              javaType = "Boolean")
    public static final String ENVELOPE_SUCCESS = "CamelChatCompletionEnvelopeSuccess";
    @Metadata(label = "producer", description = "The envelope's code as a String, when the answer came in the vendor envelope.",
              javaType = "String")
    public static final String ENVELOPE_CODE = "CamelChatCompletionEnvelopeCode";
    @Metadata(label = "producer", description = "The envelope's message, when the answer came in the vendor envelope.",
              javaType = "String")
    public static final String ENVELOPE_MESSAGE = "CamelChatCompletionEnvelopeMessage";
    @Metadata(label = "producer",
              description = "On each streamed chunk exchange: the chunk's 0-based position in the stream.",
              javaType = "Integer")
    public static final String CHUNK_INDEX = "CamelChatCompletionChunkIndex";
    @Metadata(label = "producer",
              description = "With chunkBatch greater than 1, on each chunk exchange: how many streamed chunks its body "
                            + "joins (CamelChatCompletionChunkIndex is the first one's position).",
              javaType = "Integer")
    public static final String CHUNK_COUNT = "CamelChatCompletionChunkCount";
    @Metadata(label = "producer",
              description = "The whole answer text (empty when the answer has none), whatever the output format and "
                            + "streaming mode; in chunks mode on the exchange that was split, once the stream has ended.",
              javaType = "String")
    public static final String CONTENT = "CamelChatCompletionContent";
    @Metadata(label = "producer",
              description = "Structured output: the JSON schema for this exchange (JSON text, a JsonNode or a resource "
                            + "such as classpath:schema.json); overrides jsonSchema.",
              javaType = "String")
    public static final String JSON_SCHEMA = "CamelChatCompletionJsonSchema";
    @Metadata(label = "producer",
              description = "Structured output: how many repair requests the answer needed (0 when the first answer "
                            + "fitted the schema).",
              javaType = "Integer")
    public static final String STRUCTURED_OUTPUT_REPAIRS = "CamelChatCompletionStructuredOutputRepairs";
    @Metadata(label = "producer", description = "How many attempts the call took: 1 when it was not retried.",
              javaType = "Integer")
    public static final String ATTEMPTS = "CamelChatCompletionAttempts";
    @Metadata(label = "producer",
              description = "The server's x-ratelimit-remaining-requests header of the last response, when it sent one.",
              javaType = "String")
    public static final String RATE_LIMIT_REMAINING_REQUESTS = "CamelChatCompletionRateLimitRemainingRequests";
    @Metadata(label = "producer",
              description = "The server's x-ratelimit-remaining-tokens header of the last response, when it sent one.",
              javaType = "String")
    public static final String RATE_LIMIT_REMAINING_TOKENS = "CamelChatCompletionRateLimitRemainingTokens";
    @Metadata(label = "producer",
              description = "The server's x-ratelimit-reset-requests header of the last response (a duration such as 1s), when it sent one.",
              javaType = "String")
    public static final String RATE_LIMIT_RESET_REQUESTS = "CamelChatCompletionRateLimitResetRequests";
    @Metadata(label = "producer",
              description = "The server's x-ratelimit-reset-tokens header of the last response (a duration such as 6m0s), when it sent one.",
              javaType = "String")
    public static final String RATE_LIMIT_RESET_TOKENS = "CamelChatCompletionRateLimitResetTokens";
    @Metadata(label = "producer",
              description = "How long the call waited for the rate-limit budget (requestsPerMinute, tokensPerMinute), "
                            + "in milliseconds, over all its attempts; set only when a budget is configured.",
              javaType = "Long")
    public static final String BUDGET_WAIT = "CamelChatCompletionBudgetWait";
    @Metadata(label = "producer",
              description = "How long the call waited for an in-flight slot (maxConcurrentRequests), in milliseconds, "
                            + "over all its attempts: above 0, the endpoint's cap held the call back.",
              javaType = "Long")
    public static final String SLOT_WAIT = "CamelChatCompletionSlotWait";
    @Metadata(label = "producer", description = "The HTTP status code of the response.", javaType = "Integer")
    public static final String HTTP_RESPONSE_CODE = Exchange.HTTP_RESPONSE_CODE;

    private ChatCompletionConstants() {
    }
}
