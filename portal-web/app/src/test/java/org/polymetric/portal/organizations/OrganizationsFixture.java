package org.polymetric.portal.organizations;

import org.polymetric.portal.Fixtures;
import org.polymetric.portal.PortalClient;

/**
 * One organization with two studios and three games, people at every level, and a neighbour
 * organization: what the organizations API's access tests walk through.
 */
final class OrganizationsFixture {
    final long org = Fixtures.organization(Fixtures.unique("Acme"));
    final long studioA = Fixtures.studio(org, "Studio A");
    final long studioB = Fixtures.studio(org, "Studio B");
    final long gameA1 = Fixtures.game(studioA, "Alpha");
    final long gameA2 = Fixtures.game(studioA, "Beta");
    final long gameB1 = Fixtures.game(studioB, "Gamma");
    final long otherOrg = Fixtures.organization(Fixtures.unique("Other"));
    final long otherStudio = Fixtures.studio(otherOrg, "Other studio");
    final long otherGame = Fixtures.game(otherStudio, "Other game");
    final String primaryOwner = person("primary", "organization", org, "primary_owner");
    final String owner = person("owner", "organization", org, "owner");
    final String studioAdmin = person("studioadmin", "studio", studioA, "admin");
    final String gameViewer = person("gameviewer", "game", gameB1, "viewer");
    final String neighbour = person("neighbour", "organization", otherOrg, "owner");

    /** A new user holding one grant; their e-mail address. */
    static String person(String prefix, String resource, long id, String level) {
        String email = Fixtures.user(prefix);
        Fixtures.grant(email, resource, id, level);
        return email;
    }

    static String basic(String email) {
        return PortalClient.basic(email, Fixtures.PASSWORD);
    }
}
