package io.camelchat.chatcompletion.response;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads the server's wait hint (client contract rule 2): {@code retry-after-ms} first, then {@code retry-after} in
 * seconds or as an HTTP-date.
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    /** The wait in milliseconds, or null when the headers give no usable hint. */
    public static Long fromHeaders(Function<String, String> header, Instant now) {
        Long millis = parseMillis(header.apply("retry-after-ms"));
        return millis != null ? millis : parseRetryAfter(header.apply("retry-after"), now);
    }

    private static Long parseMillis(String value) {
        if (value == null) {
            return null;
        }
        try {
            double ms = Double.parseDouble(value.trim());
            return ms >= 0 && Double.isFinite(ms) ? (long) Math.ceil(ms) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            double seconds = Double.parseDouble(trimmed);
            return seconds >= 0 && Double.isFinite(seconds) ? (long) Math.ceil(seconds * 1000) : null;
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Math.max(0, at.toEpochMilli() - now.toEpochMilli());
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
