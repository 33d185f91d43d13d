-- Kernel schema: tenancy (organization > studio > game), identity (users, access, tokens,
-- invites) and the login throttle. Modules own their own sql/<id> folders and history tables.

CREATE TABLE organization (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(191) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    icon_type   VARCHAR(64)  NULL,
    icon        MEDIUMBLOB   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE studio (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    name            VARCHAR(191) NOT NULL,
    is_archived     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(3)  NOT NULL,
    archived_at     DATETIME(3)  NULL,
    icon_type       VARCHAR(64)  NULL,
    icon            MEDIUMBLOB   NULL,
    CONSTRAINT fk_studio_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    INDEX ix_studio_organization (organization_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A game is the "app" of every dialect: game_key is the Countly app_key and Photon appid,
-- secret_key the Countly checksum salt. organization_id repeats the studio's, so that every
-- tenancy check is one indexed lookup.
CREATE TABLE game (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    studio_id       BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    title           VARCHAR(191) NOT NULL,
    platform        VARCHAR(32)  NOT NULL,
    store_platform  VARCHAR(32)  NULL,
    sdk_used        VARCHAR(32)  NOT NULL,
    bundle_id       VARCHAR(191) NULL,
    googleplay_key  TEXT         NULL,
    game_key        CHAR(40)     NOT NULL,
    secret_key      CHAR(40)     NOT NULL,
    is_disabled     BOOLEAN      NOT NULL DEFAULT FALSE,
    is_archived     BOOLEAN      NOT NULL DEFAULT FALSE,
    paused          BOOLEAN      NOT NULL DEFAULT FALSE,
    timezone        VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    created_at      DATETIME(3)  NOT NULL,
    archived_at     DATETIME(3)  NULL,
    icon_type       VARCHAR(64)  NULL,
    icon            MEDIUMBLOB   NULL,
    CONSTRAINT fk_game_studio FOREIGN KEY (studio_id) REFERENCES studio (id),
    CONSTRAINT fk_game_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    UNIQUE KEY uq_game_key (game_key),
    INDEX ix_game_organization (organization_id, id),
    INDEX ix_game_studio (studio_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `user` (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email             VARCHAR(191) NOT NULL,
    first_name        VARCHAR(100) NOT NULL DEFAULT '',
    last_name         VARCHAR(100) NOT NULL DEFAULT '',
    password_hash     VARCHAR(255) NULL,
    portal_admin      BOOLEAN      NOT NULL DEFAULT FALSE,
    disabled          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        DATETIME(3)  NOT NULL,
    last_logged_in_at DATETIME(3)  NULL,
    UNIQUE KEY uq_user_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per grant. resource says what resource_id names; organization_id is always the
-- organization that contains it, so "everything a user may see in organization N" is one range.
CREATE TABLE access (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    resource        ENUM('organization','studio','game') NOT NULL,
    resource_id     BIGINT      NOT NULL,
    level           ENUM('primary_owner','owner','admin','viewer') NOT NULL,
    created_at      DATETIME(3) NOT NULL,
    CONSTRAINT fk_access_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    CONSTRAINT fk_access_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    UNIQUE KEY uq_access_grant (user_id, resource, resource_id),
    INDEX ix_access_organization (organization_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Secrets are stored as SHA-256 of a 256-bit random token: the token itself is shown once.
CREATE TABLE api_token (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    name            VARCHAR(100) NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    token_hint      VARCHAR(16)  NOT NULL,
    organization_id BIGINT       NOT NULL,
    resource        ENUM('organization','studio','game') NOT NULL,
    resource_id     BIGINT       NOT NULL,
    level           ENUM('owner','admin','viewer') NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    last_used_at    DATETIME(3)  NULL,
    revoked_at      DATETIME(3)  NULL,
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    UNIQUE KEY uq_token_hash (token_hash),
    INDEX ix_token_user (user_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE invite (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    email           VARCHAR(191) NOT NULL,
    resource        ENUM('organization','studio','game') NOT NULL,
    resource_id     BIGINT       NOT NULL,
    level           ENUM('owner','admin','viewer') NOT NULL,
    token_hash      CHAR(64)     NOT NULL,
    invited_by      BIGINT       NULL,
    created_at      DATETIME(3)  NOT NULL,
    expires_at      DATETIME(3)  NOT NULL,
    accepted_at     DATETIME(3)  NULL,
    CONSTRAINT fk_invite_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_invite_user FOREIGN KEY (invited_by) REFERENCES `user` (id) ON DELETE SET NULL,
    UNIQUE KEY uq_invite_token (token_hash),
    INDEX ix_invite_email (email, organization_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed sign-ins, counted per account and per client address over a sliding window. In the
-- database rather than in memory so that every instance of a cluster sees the same count.
CREATE TABLE login_failure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account     VARCHAR(191) NOT NULL,
    address     VARCHAR(64)  NOT NULL,
    failed_at   DATETIME(3)  NOT NULL,
    INDEX ix_login_failure_account (account, failed_at),
    INDEX ix_login_failure_address (address, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
