package io.camelchat.chatcompletion.examples.kafka;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The typed enrichment of one review, as the chatcompletion endpoint returns it ({@code outputClass}): its JSON schema
 * is derived from this record, every answer is validated against it, and the body out is an instance.
 *
 * @param sentiment the review's sentiment
 * @param score     1 (bad) to 5 (excellent)
 * @param summary   the review in one sentence
 * @param topics    up to three topics the review is about
 */
public record ReviewInsight(Sentiment sentiment, @Min(1) @Max(5) int score, String summary,
        @Size(max = 3) List<String> topics) {

    /** A review's sentiment. */
    public enum Sentiment {
        positive,
        neutral,
        negative
    }
}
