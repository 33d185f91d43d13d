package org.polymetric.streamstats.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code page} and {@code per_page} parameters. Without both, an answer is a plain array;
 * with {@code per_page} (and {@code page}, from 0, default 0) it is wrapped as
 * {@code [{"total_pages", "page", "results"}]}. A page past the last one has empty results and
 * says the page asked for; no rows at all answer {@code total_pages} 0.
 */
public record Paging(int page, int perPage) {

    public static final int MAX_PER_PAGE = 1000;
    public static final int MAX_PAGE = 1_000_000;
    public static final String PER_PAGE_MESSAGE = "per_page must be a whole number from 1 to " + MAX_PER_PAGE;
    public static final String PAGE_MESSAGE = "page must be a whole number from 0 to " + MAX_PAGE;
    public static final String PAGE_WITHOUT_PER_PAGE = "page needs per_page";

    /** Digits only, and few enough that the range check comes before any arithmetic. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,7}");

    public Paging {
        if (perPage < 1 || perPage > MAX_PER_PAGE || page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page " + page + " of " + perPage);
        }
    }

    /** The parameters as sent (null when absent); empty when the answer is not paginated. */
    public static Optional<Paging> parse(String page, String perPage) {
        if (perPage == null) {
            if (page != null) {
                throw new BadParameter(PAGE_WITHOUT_PER_PAGE);
            }
            return Optional.empty();
        }
        int size = number(perPage, 1, MAX_PER_PAGE, PER_PAGE_MESSAGE);
        int index = page == null ? 0 : number(page, 0, MAX_PAGE, PAGE_MESSAGE);
        return Optional.of(new Paging(index, size));
    }

    private static int number(String text, int min, int max, String message) {
        if (!NUMBER.matcher(text).matches()) {
            throw new BadParameter(message);
        }
        int n = Integer.parseInt(text);
        if (n < min || n > max) {
            throw new BadParameter(message);
        }
        return n;
    }

    /** How many pages {@code rows} rows make. */
    public int totalPages(long rows) {
        return (int) ((rows + perPage - 1) / perPage);
    }

    /** This page's rows of all the rows, in their order. */
    public <T> List<T> of(List<T> rows) {
        long from = (long) page * perPage;
        if (from >= rows.size()) {
            return List.of();
        }
        return rows.subList((int) from, (int) Math.min(rows.size(), from + perPage));
    }
}
