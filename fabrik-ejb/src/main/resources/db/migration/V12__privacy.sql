-- Holders' rights (issue 6): consent withdrawn, anonymisation, and what a request by e-mail or phone reads.
ALTER TABLE project_holders ADD COLUMN consent_withdrawn_at TIMESTAMP;
ALTER TABLE project_holders ADD COLUMN anonymised_at TIMESTAMP;
CREATE INDEX project_holders_email_ix ON project_holders (email);
CREATE INDEX project_holders_phone_ix ON project_holders (phone);
CREATE INDEX session_registrations_email_ix ON session_registrations (email);
CREATE INDEX session_registrations_phone_ix ON session_registrations (phone);
CREATE INDEX projects_last_activity_ix ON projects (last_activity_at);
