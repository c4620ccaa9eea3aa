-- Projects and those who carry them, received through the public form or entered by the coordinator, with their
-- fields of action, their needs and the timeline of what happened to them.

CREATE SEQUENCE project_holders_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE projects_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE project_events_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE project_holders (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    version              BIGINT       NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    contact_name         VARCHAR(120),
    email                VARCHAR(254),
    phone                VARCHAR(20),
    consent_given_at     TIMESTAMP    NOT NULL,
    consent_purpose      VARCHAR(60)  NOT NULL,
    consent_text_version VARCHAR(20)  NOT NULL
);

CREATE TABLE projects (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    platform_id      BIGINT        NOT NULL,
    holder_id        BIGINT        NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    idea             VARCHAR(4000) NOT NULL,
    collective_aim   VARCHAR(2000) NOT NULL,
    commune_code     VARCHAR(5)    NOT NULL,
    neighbourhood    VARCHAR(120),
    inhabitants_part VARCHAR(2000),
    state            VARCHAR(20)   NOT NULL,
    state_reason     VARCHAR(1000),
    intake_channel   VARCHAR(20)   NOT NULL,
    entered_by       VARCHAR(120),
    submitted_from   VARCHAR(64),
    received_at      TIMESTAMP     NOT NULL,
    last_activity_at TIMESTAMP     NOT NULL,
    CONSTRAINT projects_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id),
    CONSTRAINT projects_holder_fk FOREIGN KEY (holder_id) REFERENCES project_holders (id),
    CONSTRAINT projects_commune_fk FOREIGN KEY (commune_code) REFERENCES communes (insee_code)
);
CREATE INDEX projects_list_ix ON projects (platform_id, received_at);
CREATE INDEX projects_state_ix ON projects (platform_id, state, received_at);
CREATE INDEX projects_commune_ix ON projects (commune_code, received_at);
CREATE INDEX projects_submitted_from_ix ON projects (submitted_from, received_at);
CREATE INDEX projects_activity_ix ON projects (platform_id, last_activity_at);

CREATE TABLE project_fields (
    project_id BIGINT      NOT NULL,
    field      VARCHAR(20) NOT NULL,
    CONSTRAINT project_fields_pk PRIMARY KEY (project_id, field),
    CONSTRAINT project_fields_project_fk FOREIGN KEY (project_id) REFERENCES projects (id)
);
CREATE INDEX project_fields_field_ix ON project_fields (field, project_id);

CREATE TABLE project_needs (
    project_id BIGINT      NOT NULL,
    need       VARCHAR(20) NOT NULL,
    CONSTRAINT project_needs_pk PRIMARY KEY (project_id, need),
    CONSTRAINT project_needs_project_fk FOREIGN KEY (project_id) REFERENCES projects (id)
);

CREATE TABLE project_events (
    id          BIGINT        NOT NULL PRIMARY KEY,
    project_id  BIGINT        NOT NULL,
    occurred_at TIMESTAMP     NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    actor       VARCHAR(120)  NOT NULL,
    description VARCHAR(2000) NOT NULL,
    CONSTRAINT project_events_project_fk FOREIGN KEY (project_id) REFERENCES projects (id)
);
CREATE INDEX project_events_project_ix ON project_events (project_id, occurred_at);
