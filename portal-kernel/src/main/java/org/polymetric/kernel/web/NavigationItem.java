package org.polymetric.kernel.web;

/** A link as the layout shows it: label, path, and whether it is the current page's section. */
public record NavigationItem(String label, String path, boolean active) {
}
