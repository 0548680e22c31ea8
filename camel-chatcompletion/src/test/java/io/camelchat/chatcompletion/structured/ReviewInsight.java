package io.camelchat.chatcompletion.structured;

import java.util.List;

/** A typed answer for tests: an enum, a number, a text and a list. */
public record ReviewInsight(Sentiment sentiment, int score, String summary, List<String> topics) {

    /** The sentiment of a review. */
    public enum Sentiment {
        positive,
        neutral,
        negative
    }
}
