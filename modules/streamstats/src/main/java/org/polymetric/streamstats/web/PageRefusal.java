package org.polymetric.streamstats.web;

/** A page's parameter refused: the themed 400 page with this sentence ({@link PageRefusalMapper}), not the API's JSON. */
public class PageRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PageRefusal(String message) {
        super(message, null, false, false);
    }
}
