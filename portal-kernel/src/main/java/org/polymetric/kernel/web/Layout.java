package org.polymetric.kernel.web;

import java.util.List;

/**
 * What every themed page's layout reads, under the name {@code layout}: the contract between
 * pages and themes.
 *
 * @param user       the signed-in user's e-mail address, or null on the login page
 * @param navigation links the user may follow
 * @param csrf       the session's CSRF token for forms (null without a session)
 * @param theme      the active theme's name, for its stylesheet path
 * @param version    the portal version for the footer
 * @param dataAge    seconds the page's figures may be old when they were read from a replica at least
 *                   {@link org.polymetric.kernel.storage.LaggingReads#NOTE_SECONDS} behind, for a note; null otherwise
 */
public record Layout(String user, List<NavigationItem> navigation, String csrf, String theme, String version, Long dataAge) {
}
