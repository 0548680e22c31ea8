package io.camelchat.bench;

import java.util.List;

/** The structured answer of the camel-structured client: its schema is derived from this record. */
public record BenchInsight(String greeting, int score, List<String> topics) {
}
