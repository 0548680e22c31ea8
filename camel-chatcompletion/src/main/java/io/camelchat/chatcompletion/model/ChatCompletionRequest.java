package io.camelchat.chatcompletion.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A full chat completion request, for routes that build the request themselves. Fields left null are filled from the
 * endpoint options and headers; every other field ({@code tools}, {@code response_format}, {@code n}, {@code stop},
 * {@code seed}, ...) goes in {@link #getAdditionalProperties()} and is sent untouched.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ChatCompletionRequest {

    private String model;
    private List<Object> messages = new ArrayList<>();
    private Double temperature;
    @JsonProperty("top_p")
    private Double topP;
    @JsonProperty("max_tokens")
    private Integer maxTokens;
    @JsonProperty("max_completion_tokens")
    private Integer maxCompletionTokens;
    private String user;
    private Boolean stream;
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public String getModel() {
        return model;
    }

    public ChatCompletionRequest setModel(String model) {
        this.model = model;
        return this;
    }

    /** The messages: {@link ChatMessage} records or {@code Map}s with {@code role} and {@code content}. */
    public List<Object> getMessages() {
        return messages;
    }

    public ChatCompletionRequest setMessages(List<Object> messages) {
        this.messages = messages;
        return this;
    }

    public ChatCompletionRequest addMessage(Object message) {
        messages.add(message);
        return this;
    }

    public Double getTemperature() {
        return temperature;
    }

    public ChatCompletionRequest setTemperature(Double temperature) {
        this.temperature = temperature;
        return this;
    }

    public Double getTopP() {
        return topP;
    }

    public ChatCompletionRequest setTopP(Double topP) {
        this.topP = topP;
        return this;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public ChatCompletionRequest setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
        return this;
    }

    public Integer getMaxCompletionTokens() {
        return maxCompletionTokens;
    }

    public ChatCompletionRequest setMaxCompletionTokens(Integer maxCompletionTokens) {
        this.maxCompletionTokens = maxCompletionTokens;
        return this;
    }

    public String getUser() {
        return user;
    }

    public ChatCompletionRequest setUser(String user) {
        this.user = user;
        return this;
    }

    public Boolean getStream() {
        return stream;
    }

    public ChatCompletionRequest setStream(Boolean stream) {
        this.stream = stream;
        return this;
    }

    /** Any other request field, sent as given (for example {@code tools}, {@code response_format}, {@code seed}). */
    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public ChatCompletionRequest set(String field, Object value) {
        additionalProperties.put(field, value);
        return this;
    }
}
