package org.polymetric.kernel.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant: nothing crosses from one organization to another. */
@Entity
@Table(name = "organization")
@NamedQuery(name = "Organization.all", query = "SELECT o FROM Organization o ORDER BY o.id")
@NamedQuery(name = "Organization.byIds", query = "SELECT o FROM Organization o WHERE o.id IN :ids ORDER BY o.name, o.id")
public class Organization {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 191)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    // moved by the database's triggers on every studio and game change (V3); never written from here
    @Column(name = "tenancy_version", insertable = false, updatable = false)
    private long tenancyVersion;

    protected Organization() {
    }

    public Organization(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Moves on every change to the organization's studios and games, whoever makes it. */
    public long getTenancyVersion() {
        return tenancyVersion;
    }
}
