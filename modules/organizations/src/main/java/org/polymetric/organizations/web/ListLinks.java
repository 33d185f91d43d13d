package org.polymetric.organizations.web;

import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The addresses a list page links to (other pages, other orders) keeping its filters; built
 * here so that filter text is encoded once, correctly.
 */
public final class ListLinks {
    private final String path;
    private final Map<String, Object> filters = new LinkedHashMap<>();
    private final Listing listing;
    private final int pages;

    public ListLinks(String path, Listing listing, long total) {
        this.path = path;
        this.listing = listing;
        this.pages = listing.pages(total);
    }

    /** Adds a filter the links keep; null or empty values are left out. */
    public ListLinks keep(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            filters.put(name, value);
        }
        return this;
    }

    public Listing getListing() {
        return listing;
    }

    public int getPages() {
        return pages;
    }

    /** Page {@code n} in the current order. */
    public String page(int n) {
        return build(listing.sort(), n);
    }

    /** The first page ordered by {@code property}: ascending, or descending when already ascending. */
    public String sort(String property) {
        return build(listing.toggle(property), 1);
    }

    public String arrow(String property) {
        return listing.arrow(property);
    }

    private String build(String sort, int page) {
        UriBuilder b = UriBuilder.fromPath(path);
        filters.forEach(b::queryParam);
        b.queryParam("sort", sort);
        if (page > 1) {
            b.queryParam("page", page);
        }
        return b.build().toString();
    }
}
