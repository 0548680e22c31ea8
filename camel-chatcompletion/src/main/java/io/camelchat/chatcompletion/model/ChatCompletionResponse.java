package io.camelchat.chatcompletion.model;

import java.util.List;

/**
 * A chat completion result, normalised across server dialects (plain OpenAI format or the vendor envelope). The
 * convenience accessors read the first choice, which is the one most routes want.
 *
 * @param id      the completion id, or null
 * @param model   the model that answered, or null
 * @param created creation time in epoch seconds, or null
 * @param choices the choices, in server order
 * @param usage   token usage, or null when the server sent none
 */
public record ChatCompletionResponse(
        String id,
        String model,
        Long created,
        List<ChatCompletionChoice> choices,
        ChatCompletionUsage usage) {

    /** The first choice, or null when the server returned none. */
    public ChatCompletionChoice firstChoice() {
        return choices == null || choices.isEmpty() ? null : choices.get(0);
    }

    /** The text of the first choice, or null. */
    public String content() {
        ChatCompletionChoice choice = firstChoice();
        return choice == null ? null : choice.content();
    }

    /** The reasoning text of the first choice, or null. */
    public String reasoningContent() {
        ChatCompletionChoice choice = firstChoice();
        return choice == null ? null : choice.reasoningContent();
    }

    /** The finish reason of the first choice, or null. */
    public String finishReason() {
        ChatCompletionChoice choice = firstChoice();
        return choice == null ? null : choice.finishReason();
    }

    /** The tool calls of the first choice, or null when it had none. */
    public List<ChatCompletionToolCall> toolCalls() {
        ChatCompletionChoice choice = firstChoice();
        return choice == null ? null : choice.toolCalls();
    }
}
