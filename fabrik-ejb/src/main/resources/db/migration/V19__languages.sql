-- French first, English too: the language a person chose (accounts) or wrote in (holders, registrations), so that
-- the e-mails Fabrik sends them later are in it. Null for an account: it follows the browser; French for the rest.
ALTER TABLE user_accounts ADD COLUMN language VARCHAR(5);
ALTER TABLE project_holders ADD COLUMN language VARCHAR(5);
ALTER TABLE session_registrations ADD COLUMN language VARCHAR(5);
ALTER TABLE event_registrations ADD COLUMN language VARCHAR(5);
