package io.camelchat.chatcompletion.model;

import java.util.List;

/**
 * One generated choice, normalised across server dialects.
 *
 * @param index            the choice index
 * @param role             the message role, usually {@code assistant}
 * @param content          the message text; null when the message had none (for example only tool calls)
 * @param reasoningContent reasoning text ({@code reasoning_content}, {@code reasoning} or {@code thinking} parts), or
 *                         null
 * @param finishReason     why generation stopped, or null when the server did not say
 * @param toolCalls        the tool calls; empty when the server sent an empty list, null when it sent none
 */
public record ChatCompletionChoice(
        int index,
        String role,
        String content,
        String reasoningContent,
        String finishReason,
        List<ChatCompletionToolCall> toolCalls) {
}
