-- Lists are sorted by name, title or date within one organization (GameAnalytics' sort=...):
-- these indexes let MariaDB read a page in order instead of sorting every row of the organization.
CREATE INDEX ix_game_organization_title ON game (organization_id, title, id);
CREATE INDEX ix_game_organization_created ON game (organization_id, created_at, id);
CREATE INDEX ix_studio_organization_name ON studio (organization_id, name, id);
