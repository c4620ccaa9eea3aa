-- The partner network: what each organisation covers and offers, when its record was last confirmed, the people of
-- the network and their memberships, the resources partners share and the bookings projects ask for.

ALTER TABLE organisations ADD COLUMN address VARCHAR(300);
ALTER TABLE organisations ADD COLUMN email VARCHAR(254);
ALTER TABLE organisations ADD COLUMN phone VARCHAR(20);
ALTER TABLE organisations ADD COLUMN whole_territory BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organisations ADD COLUMN confirmed_at TIMESTAMP;
ALTER TABLE organisations ADD COLUMN reminded_at TIMESTAMP;
CREATE INDEX organisations_confirmed_ix ON organisations (platform_id, confirmed_at);

CREATE TABLE organisation_communes (
    organisation_id BIGINT     NOT NULL,
    insee_code      VARCHAR(5) NOT NULL,
    CONSTRAINT organisation_communes_pk PRIMARY KEY (organisation_id, insee_code),
    CONSTRAINT organisation_communes_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX organisation_communes_commune_ix ON organisation_communes (insee_code);

CREATE TABLE organisation_themes (
    organisation_id BIGINT      NOT NULL,
    theme           VARCHAR(30) NOT NULL,
    CONSTRAINT organisation_themes_pk PRIMARY KEY (organisation_id, theme),
    CONSTRAINT organisation_themes_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX organisation_themes_theme_ix ON organisation_themes (theme);

CREATE TABLE organisation_offers (
    organisation_id BIGINT      NOT NULL,
    offer           VARCHAR(20) NOT NULL,
    CONSTRAINT organisation_offers_pk PRIMARY KEY (organisation_id, offer),
    CONSTRAINT organisation_offers_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

CREATE SEQUENCE people_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE people (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    platform_id  BIGINT       NOT NULL,
    full_name    VARCHAR(120) NOT NULL,
    email        VARCHAR(254),
    phone        VARCHAR(20),
    confirmed_at TIMESTAMP,
    CONSTRAINT people_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id)
);
CREATE INDEX people_email_ix ON people (platform_id, email);

CREATE SEQUENCE memberships_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE memberships (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT       NOT NULL,
    person_id       BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    role            VARCHAR(120),
    CONSTRAINT memberships_person_fk FOREIGN KEY (person_id) REFERENCES people (id),
    CONSTRAINT memberships_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT memberships_uk UNIQUE (person_id, organisation_id)
);
CREATE INDEX memberships_organisation_ix ON memberships (organisation_id);

CREATE SEQUENCE resources_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE resources (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    version               BIGINT        NOT NULL,
    organisation_id       BIGINT        NOT NULL,
    kind                  VARCHAR(20)   NOT NULL,
    name                  VARCHAR(150)  NOT NULL,
    description           VARCHAR(2000),
    insee_code            VARCHAR(5),
    capacity              INTEGER,
    wheelchair_accessible BOOLEAN       NOT NULL,
    amount_min            INTEGER,
    amount_max            INTEGER,
    deadline              DATE,
    eligibility           VARCHAR(1000),
    active                BOOLEAN       NOT NULL,
    CONSTRAINT resources_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX resources_catalogue_ix ON resources (active, kind, name);
CREATE INDEX resources_organisation_ix ON resources (organisation_id);

CREATE SEQUENCE bookings_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE bookings (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL,
    resource_id  BIGINT       NOT NULL,
    project_id   BIGINT       NOT NULL,
    starts_at    TIMESTAMP    NOT NULL,
    ends_at      TIMESTAMP    NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    purpose      VARCHAR(500),
    requested_by VARCHAR(80)  NOT NULL,
    requested_at TIMESTAMP    NOT NULL,
    decided_by   VARCHAR(80),
    decided_at   TIMESTAMP,
    reason       VARCHAR(500),
    CONSTRAINT bookings_resource_fk FOREIGN KEY (resource_id) REFERENCES resources (id),
    CONSTRAINT bookings_project_fk FOREIGN KEY (project_id) REFERENCES projects (id)
);
CREATE INDEX bookings_resource_ix ON bookings (resource_id, status, starts_at);
CREATE INDEX bookings_project_ix ON bookings (project_id);
