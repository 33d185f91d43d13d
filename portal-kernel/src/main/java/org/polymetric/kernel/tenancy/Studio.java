package org.polymetric.kernel.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A group of games inside one organization. */
@Entity
@Table(name = "studio")
@NamedQuery(name = "Studio.byOrganizations",
        query = "SELECT s FROM Studio s WHERE s.organizationId IN :ids ORDER BY s.name, s.id")
public class Studio {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false, length = 191)
    private String name;

    @Column(name = "is_archived", nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Studio() {
    }

    public Studio(long organizationId, String name, Instant createdAt) {
        this.organizationId = organizationId;
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isArchived() {
        return archived;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    /** Archives or restores the studio, keeping the moment it was archived. */
    public void setArchived(boolean archived, Instant now) {
        this.archived = archived;
        this.archivedAt = archived ? now : null;
    }
}
