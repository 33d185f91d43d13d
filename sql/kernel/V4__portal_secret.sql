-- Server-side secrets shared by every instance (e.g. the key that signs invite links), created
-- on first use. Kept in the database so that a cluster agrees without extra configuration.
CREATE TABLE portal_secret (
    name  VARCHAR(64)    NOT NULL PRIMARY KEY,
    value VARBINARY(64)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
