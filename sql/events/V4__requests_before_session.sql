-- Countly counts a device's requests (e) only once the device has begun a session: a device that
-- never does leaves no trace in the session trees. The requests it sent before its first session
-- wait here and are counted when that session begins.
ALTER TABLE events_device
    ADD COLUMN requests_before_session INT NOT NULL DEFAULT 0;
