package org.polymetric.kernel.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page to render: the template {@code templates/<template>.html} (e.g. {@code events/dashboard})
 * filled with a model, inside the active theme's layout. Return it from a page resource.
 */
public record View(String template, Map<String, Object> model) {

    public static View of(String template) {
        return new View(template, new LinkedHashMap<>());
    }

    /** Adds a model entry; returns this view for chaining. */
    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }
}
