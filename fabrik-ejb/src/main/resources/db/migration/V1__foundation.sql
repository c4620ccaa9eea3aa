-- Fabrik's first schema: platforms and their territory, the founding partners, the monthly sessions, the audit
-- trail and the accounts of the embedded security realm. Portable SQL: it runs unchanged on Derby and PostgreSQL.
-- Sequences increment by the allocation size of the matching @SequenceGenerator, and start at it: EclipseLink
-- takes the value it reads as the last id of the block it allocates.

CREATE SEQUENCE platforms_seq AS BIGINT START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE organisations_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE year_calendars_seq AS BIGINT START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sessions_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entries_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_accounts_seq AS BIGINT START WITH 1 INCREMENT BY 1;

CREATE TABLE platforms (
    id                 BIGINT       NOT NULL PRIMARY KEY,
    version            BIGINT       NOT NULL,
    code               VARCHAR(40)  NOT NULL,
    name               VARCHAR(120) NOT NULL,
    time_zone          VARCHAR(40)  NOT NULL,
    rule_day_of_week   VARCHAR(10)  NOT NULL,
    rule_week_of_month INTEGER      NOT NULL,
    rule_start_time    TIME         NOT NULL,
    rule_end_time      TIME         NOT NULL,
    CONSTRAINT platforms_code_uk UNIQUE (code)
);

CREATE TABLE communes (
    insee_code      VARCHAR(5)  NOT NULL PRIMARY KEY,
    version         BIGINT      NOT NULL,
    name            VARCHAR(80) NOT NULL,
    postal_code     VARCHAR(5)  NOT NULL,
    population      INTEGER     NOT NULL,
    population_year INTEGER     NOT NULL,
    platform_id     BIGINT      NOT NULL,
    CONSTRAINT communes_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id)
);
CREATE INDEX communes_platform_ix ON communes (platform_id, name);

CREATE TABLE organisations (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    platform_id     BIGINT       NOT NULL,
    short_name      VARCHAR(120) NOT NULL,
    full_name       VARCHAR(300) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    siren           VARCHAR(9),
    signatory_since DATE,
    CONSTRAINT organisations_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id),
    CONSTRAINT organisations_short_name_uk UNIQUE (platform_id, short_name)
);

CREATE TABLE year_calendars (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT      NOT NULL,
    platform_id    BIGINT      NOT NULL,
    calendar_year  INTEGER     NOT NULL,
    removed_months VARCHAR(40) NOT NULL,
    CONSTRAINT year_calendars_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id),
    CONSTRAINT year_calendars_year_uk UNIQUE (platform_id, calendar_year)
);

CREATE TABLE sessions (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    version             BIGINT        NOT NULL,
    platform_id         BIGINT        NOT NULL,
    uid                 VARCHAR(80)   NOT NULL,
    session_date        DATE          NOT NULL,
    start_time          TIME          NOT NULL,
    end_time            TIME          NOT NULL,
    commune_code        VARCHAR(5),
    venue               VARCHAR(200),
    address             VARCHAR(300),
    session_mode        VARCHAR(10)   NOT NULL,
    video_link          VARCHAR(500),
    status              VARCHAR(10)   NOT NULL,
    cancellation_reason VARCHAR(1000),
    ical_sequence       INTEGER       NOT NULL,
    CONSTRAINT sessions_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id),
    CONSTRAINT sessions_commune_fk FOREIGN KEY (commune_code) REFERENCES communes (insee_code),
    CONSTRAINT sessions_uid_uk UNIQUE (uid)
);
CREATE INDEX sessions_platform_date_ix ON sessions (platform_id, session_date);

-- The audit trail of every change, written in the changing transaction; never updated. No foreign key: the history
-- of a record outlives the record.
CREATE TABLE audit_entries (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recorded_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(120)  NOT NULL,
    address      VARCHAR(64),
    platform_code VARCHAR(40),
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   VARCHAR(40)   NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    description  VARCHAR(2000) NOT NULL
);
CREATE INDEX audit_entries_subject_ix ON audit_entries (subject_type, subject_id, recorded_at);
CREATE INDEX audit_entries_recorded_ix ON audit_entries (recorded_at);

CREATE TABLE user_accounts (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    version             BIGINT       NOT NULL,
    username            VARCHAR(80)  NOT NULL,
    display_name        VARCHAR(120) NOT NULL,
    email               VARCHAR(254),
    password_hash       VARCHAR(64)  NOT NULL,
    password_salt       VARCHAR(32)  NOT NULL,
    password_iterations INTEGER      NOT NULL,
    enabled             BOOLEAN      NOT NULL,
    CONSTRAINT user_accounts_username_uk UNIQUE (username)
);

CREATE TABLE user_account_roles (
    account_id BIGINT      NOT NULL,
    role_name  VARCHAR(40) NOT NULL,
    CONSTRAINT user_account_roles_pk PRIMARY KEY (account_id, role_name),
    CONSTRAINT user_account_roles_account_fk FOREIGN KEY (account_id) REFERENCES user_accounts (id)
);
