package org.polymetric.organizations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.identity.Access;
import org.polymetric.kernel.identity.AccessLevel;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.Organization;
import org.polymetric.kernel.tenancy.ResourceType;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.organizations.service.NewAcl;

/**
 * The places a page form can grant access to, written {@code organization}, {@code studio:<id>}
 * or {@code game:<id>} in a select, with their names for the page. {@code wholeOrganization}
 * says whether the organization itself is among them.
 */
public record AccessChoices(Organization organization, boolean wholeOrganization, List<Studio> studios, List<Game> games) {

    /** One option of the access select. */
    public record Option(String value, String label) {
    }

    public List<Option> options() {
        List<Option> all = new ArrayList<>();
        if (wholeOrganization) {
            all.add(new Option("organization", "Organization: " + organization.getName()));
        }
        studios.forEach(s -> all.add(new Option("studio:" + s.getId(), "Studio: " + s.getName())));
        games.forEach(g -> all.add(new Option("game:" + g.getId(), "Game: " + g.getTitle())));
        return all;
    }

    /** What a grant is on, as a person reads it ("Studio: Blue Whale"). */
    public String describe(Access access) {
        return describe(access.getResource(), access.getResourceId());
    }

    public String describe(ResourceType type, long id) {
        return switch (type) {
            case ORGANIZATION -> "Organization: " + organization.getName();
            case STUDIO -> "Studio: " + studios.stream().filter(s -> s.getId() == id)
                    .map(Studio::getName).findFirst().orElse("#" + id);
            case GAME -> "Game: " + games.stream().filter(g -> g.getId() == id)
                    .map(Game::getTitle).findFirst().orElse("#" + id);
        };
    }

    /** The select value of a grant. */
    public String valueOf(Access access) {
        return access.getResource() == ResourceType.ORGANIZATION ? "organization"
                : access.getResource().word() + ":" + access.getResourceId();
    }

    /** Reads a select value and a level; empty when the value names nothing. */
    public static Optional<NewAcl> parse(String value, String level, FormCheck form) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String lvl = form.choice("Level", level, List.of("owner", "admin", "viewer"), true);
        Map.Entry<ResourceType, Long> place = place(value.trim());
        if (place == null) {
            form.fail("Access must name the organization, a studio or a game");
            return Optional.empty();
        }
        if (lvl == null) {
            return Optional.empty();
        }
        AccessLevel accessLevel = AccessLevel.fromWord(lvl).orElseThrow();
        return Optional.of(switch (place.getKey()) {
            case ORGANIZATION -> new NewAcl(accessLevel, ResourceType.ORGANIZATION, null, null);
            case STUDIO -> new NewAcl(accessLevel, ResourceType.STUDIO, place.getValue(), null);
            case GAME -> new NewAcl(accessLevel, ResourceType.GAME, null, place.getValue());
        });
    }

    private static Map.Entry<ResourceType, Long> place(String value) {
        if (value.equals("organization")) {
            return Map.entry(ResourceType.ORGANIZATION, 0L);
        }
        int colon = value.indexOf(':');
        if (colon < 0) {
            return null;
        }
        Optional<ResourceType> type = ResourceType.fromWord(value.substring(0, colon));
        Long id = PageContext.id(value.substring(colon + 1));
        if (type.isEmpty() || type.get() == ResourceType.ORGANIZATION || id == null) {
            return null;
        }
        return Map.entry(type.get(), id);
    }
}
