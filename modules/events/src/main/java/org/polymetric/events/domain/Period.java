package org.polymetric.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countly's {@code period} parameter as a range of local days in the app's zone, both ends
 * included: {@code month} (this year, by month), {@code day} (this month), {@code hour}
 * (today), {@code yesterday}, {@code Ndays} (the last N days, today included) and
 * {@code [startMs,endMs]}. Anything else reads as {@code 30days}, as in Countly;
 * {@code action=refresh} narrows any period to today. A period longer than {@value #MAX_DAYS}
 * days is refused by {@link #within} (the API names the limit) and read as 30 days by
 * {@link #parse} (pages).
 */
public record Period(LocalDate from, LocalDate to, String name) {
    private static final Pattern DAYS = Pattern.compile("(\\d{1,9})days");
    private static final Pattern RANGE = Pattern.compile("\\[\\s*\"?(\\d{1,15})\"?\\s*,\\s*\"?(\\d{1,15})\"?\\s*]");
    /** The longest range read at once: ten years of hours is already 87 600 rows a series. */
    public static final int MAX_DAYS = 3660;

    /** A period that spans more than {@link #MAX_DAYS} days. */
    public static final class TooLong extends IllegalArgumentException {
        TooLong() {
            super("at most " + MAX_DAYS + " days", null);
        }
    }

    /** As {@link #parse}, refusing a period of more than {@link #MAX_DAYS} days instead of reading it as 30 days. */
    public static Period within(String period, String action, ZoneId zone, LocalDate today) {
        return parse(period, action, zone, today, true);
    }

    public static Period parse(String period, String action, ZoneId zone, LocalDate today) {
        return parse(period, action, zone, today, false);
    }

    private static Period parse(String period, String action, ZoneId zone, LocalDate today, boolean strict) {
        if ("refresh".equals(action)) {
            return new Period(today, today, "hour");
        }
        String p = period == null ? "" : period.strip();
        switch (p) {
            case "month":
                return new Period(today.withDayOfYear(1), today, p);
            case "day":
                return new Period(today.withDayOfMonth(1), today, p);
            case "hour":
                return new Period(today, today, p);
            case "yesterday":
                return new Period(today.minusDays(1), today.minusDays(1), p);
            default:
                break;
        }
        Matcher days = DAYS.matcher(p);
        if (days.matches()) {
            int n = Integer.parseInt(days.group(1));
            if (n >= 1 && n <= MAX_DAYS) {
                return new Period(today.minusDays(n - 1L), today, p);
            }
            if (strict && n > MAX_DAYS) {
                throw new TooLong();
            }
        }
        Matcher range = RANGE.matcher(p);
        if (range.matches()) {
            LocalDate from = LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(range.group(1))), zone);
            LocalDate to = LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(range.group(2))), zone);
            if (!to.isBefore(from) && from.plusDays(MAX_DAYS).isAfter(to)) {
                return new Period(from, to, p);
            }
            if (strict && !to.isBefore(from)) {
                throw new TooLong();
            }
        }
        return new Period(today.minusDays(29), today, "30days");
    }

    /** The equally long range just before this one (for change and trend). */
    public Period previous() {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        return new Period(from.minusDays(days), from.minusDays(1), "previous");
    }

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
