-- Who registers for a session (holders, staff, partners' members, volunteers, inhabitants), within its capacity or
-- on its waiting list, and who came.

ALTER TABLE sessions ADD COLUMN capacity INTEGER DEFAULT 40 NOT NULL;

CREATE SEQUENCE session_registrations_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE session_registrations (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    session_id       BIGINT       NOT NULL,
    full_name        VARCHAR(120) NOT NULL,
    email            VARCHAR(254),
    phone            VARCHAR(20),
    participant_kind VARCHAR(20)  NOT NULL,
    organisation_id  BIGINT,
    status           VARCHAR(20)  NOT NULL,
    attended         BOOLEAN,
    registered_at    TIMESTAMP    NOT NULL,
    consent_version  VARCHAR(20)  NOT NULL,
    CONSTRAINT session_registrations_session_fk FOREIGN KEY (session_id) REFERENCES sessions (id),
    CONSTRAINT session_registrations_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX session_registrations_session_ix ON session_registrations (session_id, status, registered_at);
