package org.polymetric.organizations.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.overview.Card;
import org.polymetric.kernel.overview.CardTexts;
import org.polymetric.kernel.overview.Figure;
import org.polymetric.kernel.overview.GameOverview;
import org.polymetric.kernel.security.Permissions;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.GameCard;
import org.polymetric.kernel.tenancy.Studio;
import org.polymetric.kernel.tenancy.TenancyDirectory;
import org.polymetric.organizations.service.Guard;
import org.polymetric.organizations.service.People;

/**
 * The organizations card of a game's overview: its studio and platform, and for callers who may
 * view the whole organization the people whose access reaches the game (the first few by name,
 * with their access); a link to the game's page here. Viewers of the game.
 */
@ApplicationScoped
public class OrganizationsCard implements GameOverview {
    /** People listed by name on the card; the figure counts them all. */
    static final int LISTED = 5;

    private final CardTexts texts = CardTexts.of("organizations", OrganizationsCard.class);

    @Inject
    Guard guard;

    @Inject
    TenancyDirectory tenancy;

    @Inject
    People people;

    @Override
    public String moduleId() {
        return "organizations";
    }

    @Override
    public Optional<Card> card(GameCard card) {
        if (!guard.can(Permissions.viewGame(card.id()))) {
            return Optional.empty();
        }
        Optional<Game> game = tenancy.game(card.id());
        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of(texts.text("organizations.card.studio"),
                tenancy.studio(card.studioId()).map(Studio::getName).orElse("")));
        figures.add(Figure.of(texts.text("organizations.card.platform"),
                game.map(Game::getPlatform).filter(p -> p != null && !p.isEmpty()).orElse(texts.text("organizations.card.none"))));
        List<Card.Row> rows = new ArrayList<>();
        people.withAccessTo(card.organizationId(), card.studioId(), card.id()).ifPresent(holders -> {
            figures.add(Figure.of(texts.text("organizations.card.people"), CardTexts.count(holders.size())));
            holders.stream().limit(LISTED).forEach(h -> rows.add(new Card.Row(h.member().user().getFullName(), texts.text(
                    "organizations.card.access", h.access().getLevel().word().replace('_', ' '), h.access().getResource().word()))));
        });
        return Optional.of(new Card(moduleId(), texts.text("organizations.card.title"), figures, null, rows,
                "/organizations/games/" + card.id(), texts.text("organizations.card.link")));
    }
}
