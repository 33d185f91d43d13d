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

/**
 * An invitation of an e-mail address to an organization, studio or game, pending until accepted
 * or expired. It grants nothing by itself: its link (see {@link InviteLinks}) is mailed to the
 * address, and only the account of that address accepts it.
 */
@Entity
@Table(name = "invite")
@NamedQuery(name = "Invite.pending", query = "SELECT i FROM Invite i WHERE i.organizationId = :org AND i.email = :email "
        + "AND i.acceptedAt IS NULL AND i.expiresAt > :now ORDER BY i.id")
@NamedQuery(name = "Invite.byTokenHash", query = "SELECT i FROM Invite i WHERE i.tokenHash = :hash")
public class Invite {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false, length = 191)
    private String email;

    @Column(nullable = false)
    private ResourceType resource;

    @Column(name = "resource_id", nullable = false)
    private Long resourceId;

    @Column(nullable = false)
    private AccessLevel level;

    /** SHA-256 of the link's secret, which only the invitation mail carries. */
    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invite() {
    }

    public Invite(long organizationId, String email, Grant grant, Long invitedBy, Instant createdAt, Instant expiresAt,
                  LinkSecret link) {
        this.organizationId = organizationId;
        this.email = email;
        this.resource = grant.resource();
        this.resourceId = grant.resourceId();
        this.level = grant.level();
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.tokenHash = link.hash();
    }

    public Long getId() { return id; }
    public Long getOrganizationId() { return organizationId; }
    public String getEmail() { return email; }
    public Grant grant() { return new Grant(resource, resourceId, level); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public void setAcceptedAt(Instant acceptedAt) { this.acceptedAt = acceptedAt; }
    public Long getInvitedBy() { return invitedBy; }

    public boolean isOpen(Instant now) {
        return acceptedAt == null && expiresAt.isAfter(now);
    }
}
