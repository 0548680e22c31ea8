package io.camelchat.chatcompletion.support;

/**
 * Response bodies servers send, for stubs.
 */
public final class Bodies {

    private Bodies() {
    }

    /** A plain OpenAI chat.completion with one text choice and usage. */
    public static String openAi(String content) {
        return """
                {"id":"chatcmpl-123","object":"chat.completion","created":1677652288,"model":"gpt-3.5-turbo-0613",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}
                """.formatted(content == null ? "null" : "\"" + content + "\"");
    }

    /** The vendor envelope around {@link #openAi(String)}. */
    public static String envelope(String content) {
        return """
                {"success":true,"code":"200","message":"successful","data":%s}
                """.formatted(openAi(content));
    }

    /** A plain OpenAI chat.completion whose only choice holds the given message object (JSON). */
    public static String withMessage(String messageJson) {
        return """
                {"id":"chatcmpl-123","object":"chat.completion","created":1677652288,"model":"gpt-3.5-turbo-0613",
                 "choices":[{"index":0,"message":%s,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":9,"completion_tokens":12,"total_tokens":21}}
                """.formatted(messageJson);
    }

    /** The vendor envelope {success:true, code:"200"} around the given data (JSON). */
    public static String wrap(String dataJson) {
        return """
                {"success":true,"code":"200","message":"successful","data":%s}
                """.formatted(dataJson);
    }
}
