-- The projects list filtered by commune (and state) checks each project's platform too: with the platform in the
-- commune's indexes, its count and its page read these indexes alone instead of every matching project's row
-- (BENCHMARKS.md, run 14).
DROP INDEX projects_commune_state_recent_ix;
CREATE INDEX projects_commune_state_recent_ix ON projects (commune_code, state, platform_id, received_at DESC, id DESC);
DROP INDEX projects_commune_recent_ix;
CREATE INDEX projects_commune_recent_ix ON projects (commune_code, platform_id, received_at DESC, id DESC);
