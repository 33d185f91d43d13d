package org.polymetric.kernel.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One request to reset a password. A request for an address without an account keeps neither
 * user nor link: it is kept only so that requests can be counted (see {@link PasswordResets}).
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = "PasswordReset.byTokenHash", query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :hash")
@NamedQuery(name = "PasswordReset.countByAddress",
        query = "SELECT COUNT(r) FROM PasswordReset r WHERE r.address = :address AND r.requestedAt > :since")
@NamedQuery(name = "PasswordReset.countByEmail",
        query = "SELECT COUNT(r) FROM PasswordReset r WHERE r.email = :email AND r.requestedAt > :since")
@NamedQuery(name = "PasswordReset.openOfUser",
        query = "SELECT r FROM PasswordReset r WHERE r.userId = :userId AND r.usedAt IS NULL AND r.tokenHash IS NOT NULL")
@NamedQuery(name = "PasswordReset.purge", query = "DELETE FROM PasswordReset r WHERE r.requestedAt < :before")
public class PasswordReset {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 191)
    private String email;

    @Column(nullable = false, length = 64)
    private String address;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    /** A request; {@code user} and {@code link} are null when the address has no account. */
    public PasswordReset(String email, String address, User user, LinkSecret link, Instant requestedAt, Instant expiresAt) {
        this.email = email;
        this.address = address;
        this.userId = user == null ? null : user.getId();
        this.tokenHash = link == null ? null : link.hash();
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getEmail() { return email; }
    public void setUsedAt(Instant usedAt) { this.usedAt = usedAt; }

    public boolean isOpen(Instant now) {
        return userId != null && usedAt == null && expiresAt.isAfter(now);
    }
}
