-- The dates a project reached the milestones the funders count: first presented, first accompanied, closed
-- (réalisé, abandonné, réorienté). Kept on the project so that the statistics count them along an index instead of
-- reading the timeline. Earlier projects take them from their timeline's state changes, whose sentence ends with the
-- new state's label ("État : à présenter → présentée.").

ALTER TABLE projects ADD COLUMN presented_at TIMESTAMP;
ALTER TABLE projects ADD COLUMN accompanied_at TIMESTAMP;
ALTER TABLE projects ADD COLUMN closed_at TIMESTAMP;

UPDATE projects SET presented_at = (SELECT MIN(e.occurred_at) FROM project_events e
    WHERE e.project_id = projects.id AND e.kind = 'STATE_CHANGE' AND e.description LIKE '%→ présentée%');
UPDATE projects SET accompanied_at = (SELECT MIN(e.occurred_at) FROM project_events e
    WHERE e.project_id = projects.id AND e.kind = 'STATE_CHANGE' AND e.description LIKE '%→ accompagnée%');
UPDATE projects SET closed_at = (SELECT MAX(e.occurred_at) FROM project_events e
    WHERE e.project_id = projects.id AND e.kind = 'STATE_CHANGE' AND (e.description LIKE '%→ réalisée%'
        OR e.description LIKE '%→ abandonnée%' OR e.description LIKE '%→ réorientée%'))
    WHERE state IN ('REALISED', 'ABANDONED', 'REORIENTED');
UPDATE projects SET closed_at = last_activity_at
    WHERE closed_at IS NULL AND state IN ('REALISED', 'ABANDONED', 'REORIENTED');

CREATE INDEX projects_presented_ix ON projects (platform_id, presented_at);
CREATE INDEX projects_accompanied_ix ON projects (platform_id, accompanied_at);
CREATE INDEX projects_closed_ix ON projects (platform_id, closed_at);
CREATE INDEX orientations_proposed_ix ON orientations (proposed_at);
