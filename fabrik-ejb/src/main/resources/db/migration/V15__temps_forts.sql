-- The platform's temps forts: cycles of public events on a theme, their events, and who registered for them (the
-- same columns as the sessions' registrations, so that both share their rules and their anonymisation).

CREATE SEQUENCE event_cycles_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE public_events_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE event_registrations_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE event_cycles (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL,
    platform_id  BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    presentation VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    CONSTRAINT event_cycles_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id)
);
CREATE INDEX event_cycles_platform_ix ON event_cycles (platform_id, created_at);

CREATE TABLE event_cycle_organisers (
    cycle_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    CONSTRAINT event_cycle_organisers_pk PRIMARY KEY (cycle_id, organisation_id),
    CONSTRAINT event_cycle_organisers_cycle_fk FOREIGN KEY (cycle_id) REFERENCES event_cycles (id),
    CONSTRAINT event_cycle_organisers_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);

CREATE TABLE public_events (
    id            BIGINT        NOT NULL PRIMARY KEY,
    version       BIGINT        NOT NULL,
    cycle_id      BIGINT        NOT NULL,
    uid           VARCHAR(80)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    event_date    DATE          NOT NULL,
    start_time    TIME          NOT NULL,
    end_time      TIME          NOT NULL,
    commune_code  VARCHAR(5),
    venue         VARCHAR(200),
    address       VARCHAR(300),
    online_link   VARCHAR(500),
    speakers      VARCHAR(1000),
    capacity      INTEGER       NOT NULL,
    audience      VARCHAR(10)   NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    summary       VARCHAR(4000),
    ical_sequence INTEGER       NOT NULL,
    CONSTRAINT public_events_cycle_fk FOREIGN KEY (cycle_id) REFERENCES event_cycles (id),
    CONSTRAINT public_events_commune_fk FOREIGN KEY (commune_code) REFERENCES communes (insee_code),
    CONSTRAINT public_events_uid_uk UNIQUE (uid)
);
CREATE INDEX public_events_date_ix ON public_events (event_date, audience);
CREATE INDEX public_events_cycle_ix ON public_events (cycle_id, event_date);

CREATE TABLE event_registrations (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    event_id         BIGINT       NOT NULL,
    full_name        VARCHAR(120) NOT NULL,
    email            VARCHAR(254),
    phone            VARCHAR(20),
    participant_kind VARCHAR(20)  NOT NULL,
    organisation_id  BIGINT,
    status           VARCHAR(20)  NOT NULL,
    attended         BOOLEAN,
    registered_at    TIMESTAMP    NOT NULL,
    consent_version  VARCHAR(20)  NOT NULL,
    CONSTRAINT event_registrations_event_fk FOREIGN KEY (event_id) REFERENCES public_events (id),
    CONSTRAINT event_registrations_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id)
);
CREATE INDEX event_registrations_event_ix ON event_registrations (event_id, status, registered_at);
CREATE INDEX event_registrations_email_ix ON event_registrations (email);
