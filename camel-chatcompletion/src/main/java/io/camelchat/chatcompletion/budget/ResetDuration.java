package io.camelchat.chatcompletion.budget;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reset times of rate-limit headers: Go-style durations as OpenAI, Azure and Groq send them
 * ({@code 1s}, {@code 6m0s}, {@code 20ms}, {@code 1h2m3.5s}) or a plain number of seconds.
 */
public final class ResetDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private ResetDuration() {
    }

    /** The duration in milliseconds, or null when the value is missing or unreadable. */
    public static Long millis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return (long) Math.ceil(Double.parseDouble(text) * 1000);
        } catch (NumberFormatException notPlainSeconds) {
            // a duration with units
        }
        Matcher matcher = PART.matcher(text);
        double total = 0;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            double amount = Double.parseDouble(matcher.group(1));
            total += switch (matcher.group(2)) {
                case "h" -> amount * 3_600_000;
                case "m" -> amount * 60_000;
                case "s" -> amount * 1_000;
                default -> amount;
            };
            end = matcher.end();
        }
        return end == text.length() && end > 0 ? (long) Math.ceil(total) : null;
    }
}
