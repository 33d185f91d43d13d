-- A per-organization counter that moves whenever one of its studios or games is added, changed or
-- removed, by whatever writes them (API, pages, scripts). Readers key caches on it: a cached list
-- total is reused only while the counter has not moved, on any instance of a cluster.
ALTER TABLE organization ADD COLUMN tenancy_version BIGINT NOT NULL DEFAULT 0;

CREATE TRIGGER game_added AFTER INSERT ON game FOR EACH ROW
  UPDATE organization SET tenancy_version = tenancy_version + 1 WHERE id = NEW.organization_id;
CREATE TRIGGER game_changed AFTER UPDATE ON game FOR EACH ROW
  UPDATE organization SET tenancy_version = tenancy_version + 1 WHERE id IN (NEW.organization_id, OLD.organization_id);
CREATE TRIGGER game_removed AFTER DELETE ON game FOR EACH ROW
  UPDATE organization SET tenancy_version = tenancy_version + 1 WHERE id = OLD.organization_id;
CREATE TRIGGER studio_added AFTER INSERT ON studio FOR EACH ROW
  UPDATE organization SET tenancy_version = tenancy_version + 1 WHERE id = NEW.organization_id;
CREATE TRIGGER studio_changed AFTER UPDATE ON studio FOR EACH ROW
  UPDATE organization SET tenancy_version = tenancy_version + 1 WHERE id IN (NEW.organization_id, OLD.organization_id);
CREATE TRIGGER studio_removed AFTER DELETE ON studio FOR EACH ROW
  UPDATE organization SET tenancy_version = tenancy_version + 1 WHERE id = OLD.organization_id;
