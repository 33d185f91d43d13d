package org.polymetric.organizations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.polymetric.kernel.tenancy.ResourceType;

/**
 * Icons live in the kernel's {@code icon} and {@code icon_type} columns of organization, studio
 * and game; the tenancy entities leave them out so that lists never load image bytes.
 */
@ApplicationScoped
public class IconRepository {
    @Inject
    EntityManager em;

    public void store(ResourceType type, long id, Icon icon) {
        em.createNativeQuery("UPDATE " + table(type) + " SET icon = ?, icon_type = ? WHERE id = ?")
                .setParameter(1, icon.bytes()).setParameter(2, icon.contentType()).setParameter(3, id).executeUpdate();
    }

    public Optional<Icon> find(ResourceType type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT icon_type, icon FROM " + table(type) + " WHERE id = ? AND icon IS NOT NULL")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> new Icon((String) r[0], (byte[]) r[1]));
    }

    /** Which of {@code ids} have an icon (so pages only ask for images that exist). */
    public java.util.Set<Long> withIcons(ResourceType type, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT id FROM " + table(type) + " WHERE icon IS NOT NULL AND id IN ("
                + String.join(",", ids.stream().map(id -> Long.toString(id)).toList()) + ")").getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(java.util.stream.Collectors.toSet());
    }

    /** The table of a tenancy level; a fixed word, never user input, so safe in SQL. */
    private static String table(ResourceType type) {
        return type.word();
    }
}
