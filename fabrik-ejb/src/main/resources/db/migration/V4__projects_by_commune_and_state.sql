-- The list filtered by commune and state (the coordinator's usual view) walks this index most recent first.
CREATE INDEX projects_commune_state_recent_ix ON projects (commune_code, state, received_at DESC, id DESC);
