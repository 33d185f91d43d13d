package org.polymetric.kernel.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in. E-mail addresses are stored in {@link EmailAddress}'s normal form and are unique. */
@Entity
@Table(name = "user")
@NamedQuery(name = "User.byEmail", query = "SELECT u FROM User u WHERE u.email = :email")
@NamedQuery(name = "User.count", query = "SELECT COUNT(u) FROM User u")
public class User {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 191)
    private String email;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName = "";

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName = "";

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "portal_admin", nullable = false)
    private boolean portalAdmin;

    @Column(nullable = false)
    private boolean disabled;

    /** Set for a generated first-run password: the browser must change it before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_logged_in_at")
    private Instant lastLoggedInAt;

    protected User() {
    }

    public User(String email, String passwordHash, Instant createdAt) {
        this.email = EmailAddress.normal(email);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isPortalAdmin() { return portalAdmin; }
    public void setPortalAdmin(boolean portalAdmin) { this.portalAdmin = portalAdmin; }
    public boolean isDisabled() { return disabled; }
    public void setDisabled(boolean disabled) { this.disabled = disabled; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastLoggedInAt() { return lastLoggedInAt; }
    public void setLastLoggedInAt(Instant lastLoggedInAt) { this.lastLoggedInAt = lastLoggedInAt; }

    /** "First Last", or the e-mail address when no name is known. */
    public String getFullName() {
        String full = (firstName + " " + lastName).trim();
        return full.isEmpty() ? email : full;
    }
}
