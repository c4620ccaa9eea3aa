-- The statistics count a year of orientations by partner and outcome: joined to their projects only to know their
-- platform, Derby hashed every project of the platform for each count (1 to 1.8 s at 100,000 projects). With their
-- platform on the orientations (never moved: a project keeps its platform), the year is read from this index alone
-- (0.03 s at 225,000 orientations, BENCHMARKS.md run 37); the projects are joined only for a commune or a field.
ALTER TABLE orientations ADD COLUMN platform_id BIGINT DEFAULT 0 NOT NULL;
UPDATE orientations SET platform_id = (SELECT p.platform_id FROM projects p WHERE p.id = orientations.project_id);
ALTER TABLE orientations ALTER COLUMN platform_id DROP DEFAULT;
ALTER TABLE orientations ADD CONSTRAINT orientations_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id);
DROP INDEX orientations_proposed_ix;
CREATE INDEX orientations_platform_proposed_ix
    ON orientations (platform_id, proposed_at, project_id, state, organisation_id);
