package io.camelchat.chatcompletion.request;

import io.camelchat.chatcompletion.ChatCompletionConfiguration;
import io.camelchat.chatcompletion.ChatCompletionConstants;
import org.apache.camel.Message;

/**
 * The request options in force for one exchange: a header wins when it is not null, otherwise the endpoint option.
 */
public record RequestOptions(
        String model,
        Double temperature,
        Double topP,
        Integer maxTokens,
        Integer maxCompletionTokens,
        String user,
        String systemMessage,
        boolean stream) {

    public static RequestOptions resolve(ChatCompletionConfiguration config, Message message) {
        if (!message.hasHeaders()) {
            return new RequestOptions(emptyToNull(config.getModel()), config.getTemperature(), config.getTopP(),
                    config.getMaxTokens(), config.getMaxCompletionTokens(), config.getUser(), config.getSystemMessage(),
                    config.isStream());
        }
        return new RequestOptions(
                pick(message, ChatCompletionConstants.MODEL, String.class, emptyToNull(config.getModel())),
                pick(message, ChatCompletionConstants.TEMPERATURE, Double.class, config.getTemperature()),
                pick(message, ChatCompletionConstants.TOP_P, Double.class, config.getTopP()),
                pick(message, ChatCompletionConstants.MAX_TOKENS, Integer.class, config.getMaxTokens()),
                pick(message, ChatCompletionConstants.MAX_COMPLETION_TOKENS, Integer.class,
                        config.getMaxCompletionTokens()),
                pick(message, ChatCompletionConstants.USER, String.class, config.getUser()),
                pick(message, ChatCompletionConstants.SYSTEM_MESSAGE, String.class, config.getSystemMessage()),
                pick(message, ChatCompletionConstants.STREAM, Boolean.class, config.isStream()));
    }

    private static <T> T pick(Message message, String header, Class<T> type, T fallback) {
        T value = message.getHeader(header, type);
        return value != null ? value : fallback;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
