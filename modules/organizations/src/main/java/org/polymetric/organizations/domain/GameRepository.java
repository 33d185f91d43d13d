package org.polymetric.organizations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.storage.Storage;
import org.polymetric.kernel.tenancy.Game;

/** Games of one organization as the caller sees them: visibility, filters, order and paging in SQL. */
@ApplicationScoped
public class GameRepository {
    /** API sort property → entity attribute. */
    static final Map<String, String> ORDER = Map.of("id", "id", "title", "title", "created_at", "createdAt", "archived_at", "archivedAt");

    @Inject
    EntityManager em;

    @Inject
    TotalCache totals;

    public Slice<Game> list(GameQuery q) {
        if (q.reach().isEmpty()) {
            return new Slice<>(List.of(), 0);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, params);
        long version = totals.version(q.reach().organizationId());
        long total = totals.total(version, List.of("games", q.reach(), String.valueOf(q.studioId()), String.valueOf(q.title())),
                () -> bind(em.createQuery("SELECT COUNT(g) FROM Game g WHERE " + where, Long.class), params).getSingleResult());
        String attribute = ORDER.getOrDefault(q.sort().property(), "id");
        String order = " ORDER BY g." + attribute + " " + q.sort().direction() + ", g.id " + q.sort().direction();
        // read-only: listed games are only rendered, so EclipseLink need not clone and track them
        List<Game> items = bind(em.createQuery("SELECT g FROM Game g WHERE " + where + order, Game.class), params)
                .setHint(Storage.READ_ONLY, true)
                .setFirstResult(q.offset()).setMaxResults(q.size()).getResultList();
        return new Slice<>(items, total);
    }

    /** Every visible game's id with the filters, unpaged, in id order (for sorting by activity). */
    public List<Long> ids(GameQuery q) {
        if (q.reach().isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        return bind(em.createQuery("SELECT g.id FROM Game g WHERE " + where(q, params) + " ORDER BY g.id", Long.class), params)
                .getResultList();
    }

    public List<Game> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Game> byId = new LinkedHashMap<>();
        em.createQuery("SELECT g FROM Game g WHERE g.id IN :ids", Game.class).setParameter("ids", ids)
                .setHint(Storage.READ_ONLY, true).getResultList().forEach(g -> byId.put(g.getId(), g));
        return ids.stream().map(byId::get).filter(g -> g != null).toList();
    }

    public Optional<Game> find(long id) {
        return Optional.ofNullable(em.find(Game.class, id));
    }

    public Game add(Game game) {
        em.persist(game);
        em.flush();
        return game;
    }

    private static String where(GameQuery q, Map<String, Object> params) {
        Reach r = q.reach();
        List<String> and = new ArrayList<>();
        and.add("g.organizationId = :org");
        params.put("org", r.organizationId());
        if (!r.whole()) {
            List<String> or = new ArrayList<>();
            if (!r.studios().isEmpty()) {
                or.add("g.studioId IN :studios");
                params.put("studios", List.copyOf(r.studios()));
            }
            if (!r.games().isEmpty()) {
                or.add("g.id IN :games");
                params.put("games", List.copyOf(r.games()));
            }
            and.add("(" + String.join(" OR ", or) + ")");
        }
        if (r.onlyStudio() != null) {
            and.add("g.studioId = :onlyStudio");
            params.put("onlyStudio", r.onlyStudio());
        }
        if (r.onlyGame() != null) {
            and.add("g.id = :onlyGame");
            params.put("onlyGame", r.onlyGame());
        }
        if (q.studioId() != null) {
            and.add("g.studioId = :studioId");
            params.put("studioId", q.studioId());
        }
        if (q.title() != null) {
            and.add("LOWER(g.title) LIKE :title ESCAPE '\\'");
            params.put("title", Like.contains(q.title()));
        }
        return String.join(" AND ", and);
    }

    static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
