package org.polymetric.kernel.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The "app" of every dialect. {@link #getKey()} is the Countly {@code app_key} and the Photon
 * {@code appid}; {@link #getId()} the Countly {@code app_id} and the GameAnalytics game id;
 * {@link #getSecretKey()} the Countly checksum salt.
 */
@Entity
@Table(name = "game")
@EntityListeners(GameChanges.class)
@NamedQuery(name = "Game.byOrganizations",
        query = "SELECT g FROM Game g WHERE g.organizationId IN :ids ORDER BY g.title, g.id")
@NamedQuery(name = "Game.byKey", query = "SELECT g FROM Game g WHERE g.key = :key")
public class Game {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "studio_id", nullable = false)
    private Long studioId;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false, length = 191)
    private String title;

    @Column(nullable = false, length = 32)
    private String platform;

    @Column(name = "store_platform", length = 32)
    private String storePlatform;

    @Column(name = "sdk_used", nullable = false, length = 32)
    private String sdkUsed;

    @Column(name = "bundle_id", length = 191)
    private String bundleId;

    @Column(name = "googleplay_key")
    private String googleplayKey;

    @Column(name = "game_key", nullable = false, length = 40)
    private String key;

    @Column(name = "secret_key", nullable = false, length = 40)
    private String secretKey;

    @Column(name = "is_disabled", nullable = false)
    private boolean disabled;

    @Column(name = "is_archived", nullable = false)
    private boolean archived;

    @Column(nullable = false)
    private boolean paused;

    @Column(nullable = false, length = 64)
    private String timezone = "UTC";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    protected Game() {
    }

    public Game(Studio studio, String title, String platform, String sdkUsed, GameKeys keys, Instant createdAt) {
        this.studioId = studio.getId();
        this.organizationId = studio.getOrganizationId();
        this.title = title;
        this.platform = platform;
        this.sdkUsed = sdkUsed;
        this.key = keys.key();
        this.secretKey = keys.secretKey();
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getStudioId() { return studioId; }
    public Long getOrganizationId() { return organizationId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getStorePlatform() { return storePlatform; }
    public void setStorePlatform(String storePlatform) { this.storePlatform = storePlatform; }
    public String getSdkUsed() { return sdkUsed; }
    public void setSdkUsed(String sdkUsed) { this.sdkUsed = sdkUsed; }
    public String getBundleId() { return bundleId; }
    public void setBundleId(String bundleId) { this.bundleId = bundleId; }
    public String getGoogleplayKey() { return googleplayKey; }
    public void setGoogleplayKey(String googleplayKey) { this.googleplayKey = googleplayKey; }
    public String getKey() { return key; }
    public String getSecretKey() { return secretKey; }
    public boolean isDisabled() { return disabled; }
    public void setDisabled(boolean disabled) { this.disabled = disabled; }
    public boolean isArchived() { return archived; }
    public boolean isPaused() { return paused; }
    public void setPaused(boolean paused) { this.paused = paused; }
    public String getTimezone() { return timezone; }

    /** The zone a game's days are cut in; an id Java does not know (stored by SQL, say) reads as UTC. */
    public static java.time.ZoneId zoneOf(String id) {
        try {
            return java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException | NullPointerException e) {
            return java.time.ZoneOffset.UTC;
        }
    }
    public void setTimezone(String timezone) { this.timezone = timezone; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getArchivedAt() { return archivedAt; }

    /**
     * Replaces the secret (the checksum salt SDKs share with the server) by a fresh random one;
     * the public key stays, so SDK builds in the field keep reporting until they ship the new secret.
     */
    public void rotateSecret() { this.secretKey = GameKeys.generate().secretKey(); }

    /** Archives or restores the game, keeping the moment it was archived. */
    public void setArchived(boolean archived, Instant now) {
        this.archived = archived;
        this.archivedAt = archived ? now : null;
    }
}
