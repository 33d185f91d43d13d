package org.polymetric.kernel.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A page to render: the template {@code templates/<template>.html} (e.g. {@code events/dashboard})
 * filled with a model, inside the active theme's layout. Return it from a page resource.
 */
public record View(String template, Map<String, Object> model) {

    public static View of(String template) {
        return new View(template, new LinkedHashMap<>());
    }

    /**
     * Names the layout fragment takes as parameters ({@code layout(title, main)}): inside a page
     * they shadow model entries of the same name, so a model entry "title" would silently render
     * the page's title element instead.
     */
    static final Set<String> RESERVED = Set.of("title", "main", "layout");

    /** Adds a model entry; returns this view for chaining. */
    public View with(String name, Object value) {
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a layout name; give the model entry another name");
        }
        model.put(name, value);
        return this;
    }
}
