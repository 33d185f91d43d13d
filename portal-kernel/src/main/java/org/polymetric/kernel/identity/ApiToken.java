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

/** An API token: its secret is kept only as a SHA-256 hash; the scope and level bound its power. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.withOwner",
        // the outer join refers to the token only: EclipseLink writes "t LEFT JOIN a ON ..., u", where u is not yet known
        query = "SELECT t, u, a, o.tenancyVersion FROM ApiToken t LEFT JOIN Access a ON a.userId = t.userId, User u, "
                + "Organization o WHERE t.tokenHash = :hash AND u.id = t.userId AND o.id = t.organizationId ORDER BY a.id")
@NamedQuery(name = "ApiToken.byUser",
        query = "SELECT t FROM ApiToken t WHERE t.userId = :userId AND t.revokedAt IS NULL ORDER BY t.id")
public class ApiToken {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_hint", nullable = false, length = 16)
    private String tokenHint;

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

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long userId, String name, TokenSecret secret, long organizationId, Grant scope, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = secret.hash();
        this.tokenHint = secret.hint();
        this.organizationId = organizationId;
        this.resource = scope.resource();
        this.resourceId = scope.resourceId();
        this.level = scope.level();
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getName() { return name; }
    public String getTokenHint() { return tokenHint; }
    public Long getOrganizationId() { return organizationId; }
    public ResourceType getResource() { return resource; }
    public Long getResourceId() { return resourceId; }
    public AccessLevel getLevel() { return level; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public void setLastUsedAt(Instant lastUsedAt) { this.lastUsedAt = lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public void setRevokedAt(Instant revokedAt) { this.revokedAt = revokedAt; }

    public Grant scope() {
        return new Grant(resource, resourceId, level);
    }
}
