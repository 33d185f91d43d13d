package org.polymetric.kernel.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.polymetric.kernel.tenancy.ResourceType;

/** One grant: a user holds {@code level} on an organization, studio or game. */
@Entity
@Table(name = "access")
@NamedQuery(name = "Access.byUser", query = "SELECT a FROM Access a WHERE a.userId = :userId ORDER BY a.id")
public class Access {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false)
    private ResourceType resource;

    @Column(name = "resource_id", nullable = false)
    private Long resourceId;

    @Column(nullable = false)
    private AccessLevel level;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Access() {
    }

    public Access(long userId, long organizationId, ResourceType resource, long resourceId, AccessLevel level, Instant createdAt) {
        this.userId = userId;
        this.organizationId = organizationId;
        this.resource = resource;
        this.resourceId = resourceId;
        this.level = level;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public Long getOrganizationId() { return organizationId; }
    public ResourceType getResource() { return resource; }
    public Long getResourceId() { return resourceId; }
    public AccessLevel getLevel() { return level; }
    public void setLevel(AccessLevel level) { this.level = level; }
    public Instant getCreatedAt() { return createdAt; }

    /** The grant as a value, for permission checks. */
    public Grant toGrant() {
        return new Grant(resource, resourceId, level);
    }
}
