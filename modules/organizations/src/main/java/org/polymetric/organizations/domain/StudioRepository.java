package org.polymetric.organizations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.polymetric.kernel.security.Reach;
import org.polymetric.kernel.tenancy.Game;
import org.polymetric.kernel.tenancy.Studio;

/**
 * Studios of one organization as the caller sees them: those reached directly, and those holding
 * a game the caller reaches (so that a game viewer sees the studio the game belongs to).
 */
@ApplicationScoped
public class StudioRepository {
    static final Map<String, String> ORDER = Map.of("id", "id", "name", "name", "created_at", "createdAt", "archived_at", "archivedAt");

    @Inject
    EntityManager em;

    public Slice<Studio> list(StudioQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("s.organizationId = :org");
        params.put("org", q.reach().organizationId());
        Optional<Set<Long>> visible = visibleIds(q.reach());
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return new Slice<>(List.of(), 0);
            }
            where.append(" AND s.id IN :ids");
            params.put("ids", List.copyOf(visible.get()));
        }
        if (q.name() != null) {
            where.append(" AND LOWER(s.name) LIKE :name ESCAPE '\\'");
            params.put("name", Like.contains(q.name()));
        }
        long total = GameRepository.bind(em.createQuery("SELECT COUNT(s) FROM Studio s WHERE " + where, Long.class), params)
                .getSingleResult();
        String order = " ORDER BY s." + ORDER.getOrDefault(q.sort().property(), "id") + " " + q.sort().direction()
                + ", s.id " + q.sort().direction();
        List<Studio> items = GameRepository.bind(em.createQuery("SELECT s FROM Studio s WHERE " + where + order, Studio.class), params)
                .setFirstResult(q.offset()).setMaxResults(q.size()).getResultList();
        return new Slice<>(items, total);
    }

    /** The visible studio ids; empty Optional means "every studio of the organization". */
    Optional<Set<Long>> visibleIds(Reach r) {
        if (r.whole() && r.onlyStudio() == null && r.onlyGame() == null) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        if (r.onlyGame() != null) {
            find(r.onlyGame(), Game.class).filter(g -> r.seesGame(g.getId(), g.getStudioId())).ifPresent(g -> ids.add(g.getStudioId()));
            return Optional.of(ids);
        }
        if (r.whole()) {
            ids.add(r.onlyStudio());
            return Optional.of(ids);
        }
        ids.addAll(r.studios());
        if (!r.games().isEmpty()) {
            ids.addAll(em.createQuery("SELECT DISTINCT g.studioId FROM Game g WHERE g.id IN :games AND g.organizationId = :org", Long.class)
                    .setParameter("games", List.copyOf(r.games())).setParameter("org", r.organizationId()).getResultList());
        }
        if (r.onlyStudio() != null) {
            ids.retainAll(Set.of(r.onlyStudio()));
        }
        return Optional.of(ids);
    }

    /** Whether the caller sees this studio (directly or through one of its games). */
    public boolean visible(Reach r, Studio s) {
        return s.getOrganizationId() == r.organizationId() && visibleIds(r).map(ids -> ids.contains(s.getId())).orElse(true);
    }

    public Optional<Studio> find(long id) {
        return find(id, Studio.class);
    }

    private <T> Optional<T> find(long id, Class<T> type) {
        return Optional.ofNullable(em.find(type, id));
    }

    public Studio add(Studio studio) {
        em.persist(studio);
        em.flush();
        return studio;
    }
}
