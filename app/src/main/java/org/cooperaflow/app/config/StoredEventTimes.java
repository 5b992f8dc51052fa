package org.cooperaflow.app.config;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads the time of a stored event. Axon writes it as text, always in one shape ({@link
 * DateTimeUtils#formatInstant}: {@code 2026-12-01T05:04:33.123Z}), and reads it back with a general ISO 8601
 * parser that took a sixth of a read model's replay time (ADR 0028). This reads that one shape field by field, and
 * hands any other text to Axon's parser, so that what it accepts, and how it reads it, is Axon's.
 */
final class StoredEventTimes {

    private static final int LENGTH = "2026-12-01T05:04:33.123Z".length();
    private static final long SECONDS_PER_DAY = 86_400;

    private StoredEventTimes() {
    }

    static Instant parse(String stored) {
        if (stored.length() != LENGTH || stored.charAt(4) != '-' || stored.charAt(7) != '-'
                || stored.charAt(10) != 'T' || stored.charAt(13) != ':' || stored.charAt(16) != ':'
                || stored.charAt(19) != '.' || stored.charAt(23) != 'Z') {
            return DateTimeUtils.parseInstant(stored);
        }
        int year = digits(stored, 0, 4);
        int month = digits(stored, 5, 7);
        int day = digits(stored, 8, 10);
        int hour = digits(stored, 11, 13);
        int minute = digits(stored, 14, 16);
        int second = digits(stored, 17, 19);
        int millis = digits(stored, 20, 23);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || millis < 0) {
            return DateTimeUtils.parseInstant(stored);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return DateTimeUtils.parseInstant(stored);
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second,
                millis * 1_000_000L);
    }

    /** The number the decimal digits from {@code from} to {@code to} write, or -1 if one of them is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
