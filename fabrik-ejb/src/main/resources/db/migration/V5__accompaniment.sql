-- The accompaniment of a project: its presentations on the agenda of a monthly session with their minutes, the
-- partners' advice, and its orientations to partner organisations. Partner members belong to an organisation.

ALTER TABLE user_accounts ADD COLUMN organisation_id BIGINT;
ALTER TABLE user_accounts ADD CONSTRAINT user_accounts_organisation_fk
    FOREIGN KEY (organisation_id) REFERENCES organisations (id);
CREATE INDEX user_accounts_organisation_ix ON user_accounts (organisation_id);

CREATE SEQUENCE presentations_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE advice_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE orientations_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE presentations (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    session_id         BIGINT        NOT NULL,
    project_id         BIGINT        NOT NULL,
    position           INTEGER       NOT NULL,
    duration_minutes   INTEGER       NOT NULL,
    booked_at          TIMESTAMP     NOT NULL,
    booked_by          VARCHAR(120)  NOT NULL,
    minutes_text       VARCHAR(8000),
    minutes_status     VARCHAR(20)   NOT NULL,
    holder_comment     VARCHAR(2000),
    holder_token_hash  VARCHAR(64),
    minutes_sent_at    TIMESTAMP,
    minutes_answered_at TIMESTAMP,
    CONSTRAINT presentations_session_fk FOREIGN KEY (session_id) REFERENCES sessions (id),
    CONSTRAINT presentations_project_fk FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT presentations_once_uk UNIQUE (session_id, project_id)
);
CREATE INDEX presentations_project_ix ON presentations (project_id);
CREATE INDEX presentations_token_ix ON presentations (holder_token_hash);

CREATE TABLE advice (
    id              BIGINT        NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    project_id      BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    expert_id       BIGINT,
    session_id      BIGINT,
    requested_by    VARCHAR(120)  NOT NULL,
    requested_at    TIMESTAMP     NOT NULL,
    introduction    VARCHAR(2000),
    question        VARCHAR(300),
    status          VARCHAR(20)   NOT NULL,
    advice_text     VARCHAR(4000),
    answer          BOOLEAN,
    visibility      VARCHAR(20)   NOT NULL,
    given_by        VARCHAR(120),
    given_at        TIMESTAMP,
    holder_reply    VARCHAR(2000),
    reminders_sent  INTEGER       NOT NULL,
    last_moved_at   TIMESTAMP     NOT NULL,
    CONSTRAINT advice_project_fk FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT advice_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT advice_expert_fk FOREIGN KEY (expert_id) REFERENCES user_accounts (id),
    CONSTRAINT advice_session_fk FOREIGN KEY (session_id) REFERENCES sessions (id)
);
CREATE INDEX advice_project_ix ON advice (project_id, requested_at);
CREATE INDEX advice_organisation_ix ON advice (organisation_id, project_id);
CREATE INDEX advice_status_ix ON advice (status, last_moved_at);

CREATE TABLE orientations (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    version            BIGINT        NOT NULL,
    project_id         BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    session_id         BIGINT,
    need               VARCHAR(300)  NOT NULL,
    state              VARCHAR(20)   NOT NULL,
    state_reason       VARCHAR(1000),
    proposed_by        VARCHAR(120)  NOT NULL,
    proposed_at        TIMESTAMP     NOT NULL,
    last_moved_at      TIMESTAMP     NOT NULL,
    reminders_sent     INTEGER       NOT NULL,
    usefulness         VARCHAR(20),
    holder_token_hash  VARCHAR(64),
    CONSTRAINT orientations_project_fk FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT orientations_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT orientations_session_fk FOREIGN KEY (session_id) REFERENCES sessions (id)
);
CREATE INDEX orientations_project_ix ON orientations (project_id, proposed_at);
CREATE INDEX orientations_organisation_ix ON orientations (organisation_id, project_id);
CREATE INDEX orientations_state_ix ON orientations (state, last_moved_at);
CREATE INDEX orientations_token_ix ON orientations (holder_token_hash);
