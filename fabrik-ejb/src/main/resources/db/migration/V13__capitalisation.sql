-- Capitalisation (issue 5): the experience sheet of each closed project, published in the library as the holder decides.
CREATE SEQUENCE experience_sheets_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE experience_sheets (
    id                BIGINT        NOT NULL PRIMARY KEY,
    version           BIGINT        NOT NULL,
    project_id        BIGINT        NOT NULL,
    outcome           VARCHAR(20)   NOT NULL,
    closed_at         TIMESTAMP     NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    summary           VARCHAR(4000) NOT NULL,
    journey           VARCHAR(8000),
    what_worked       VARCHAR(4000),
    what_blocked      VARCHAR(4000),
    publication       VARCHAR(20),
    decided_at        TIMESTAMP,
    decided_by        VARCHAR(120),
    holder_token_hash VARCHAR(64),
    sent_at           TIMESTAMP,
    CONSTRAINT experience_sheets_project_uk UNIQUE (project_id),
    CONSTRAINT experience_sheets_project_fk FOREIGN KEY (project_id) REFERENCES projects (id)
);
CREATE INDEX experience_sheets_library_ix ON experience_sheets (publication, closed_at);
CREATE INDEX experience_sheets_token_ix ON experience_sheets (holder_token_hash);
