-- The projects list reads the most recent first: an index in that order lets the database read twenty entries
-- instead of sorting every project (Derby does not scan an ascending index backwards).
CREATE INDEX projects_recent_ix ON projects (platform_id, received_at DESC, id DESC);
CREATE INDEX projects_state_recent_ix ON projects (platform_id, state, received_at DESC, id DESC);
CREATE INDEX projects_commune_recent_ix ON projects (commune_code, received_at DESC, id DESC);
