-- Accounts (issue 15). E-mail addresses compare exactly: the tables' utf8mb4_unicode_ci folds
-- accents and case, so 'ádmin@x' would find the account of 'admin@x'. Addresses are stored in
-- one normal form (EmailAddress: trimmed, NFC, lower case), so a binary collation loses nothing.
ALTER TABLE `user` MODIFY email VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE invite MODIFY email VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

-- A generated first-run password must be changed at the first sign-in in the browser.
ALTER TABLE `user` ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE AFTER disabled;

-- Password reset requests. Every request is a row (also for addresses without an account, then
-- with neither user nor token) so that requests can be throttled per client address and per
-- address asked for; only the SHA-256 of a mailed link's secret is kept, and a link works once.
CREATE TABLE password_reset (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email        VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    user_id      BIGINT       NULL,
    token_hash   CHAR(64)     NULL,
    requested_at DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NOT NULL,
    used_at      DATETIME(3)  NULL,
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES `user` (id) ON DELETE CASCADE,
    UNIQUE KEY uq_password_reset_token (token_hash),
    INDEX ix_password_reset_email (email, requested_at),
    INDEX ix_password_reset_address (address, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Invite links are random secrets kept only as their SHA-256 (LinkSecret): the key that used to
-- sign them is no longer read.
DROP TABLE portal_secret;
