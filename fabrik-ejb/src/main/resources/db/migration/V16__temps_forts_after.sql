-- What a temps fort leaves behind and what reaches those registered before it: documents kept after an event
-- (slides, photos with the consent of those shown), the reminder sent before the event, and the holders' choice to
-- publish their experience sheet for everyone (publication values PUBLIC_NAMED and PUBLIC_ANONYMOUS, no change of
-- column needed).

CREATE SEQUENCE event_documents_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE event_documents (
    id               BIGINT       NOT NULL PRIMARY KEY,
    version          BIGINT       NOT NULL,
    event_id         BIGINT       NOT NULL,
    filename         VARCHAR(200) NOT NULL,
    document_type    VARCHAR(10)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    storage_key      VARCHAR(100) NOT NULL,
    people_consented BOOLEAN      NOT NULL,
    uploaded_by      VARCHAR(120) NOT NULL,
    uploaded_at      TIMESTAMP    NOT NULL,
    CONSTRAINT event_documents_event_fk FOREIGN KEY (event_id) REFERENCES public_events (id)
);
CREATE INDEX event_documents_event_ix ON event_documents (event_id, uploaded_at);

ALTER TABLE event_registrations ADD COLUMN reminded_at TIMESTAMP;

-- The library lists held events newest first; the reminders look for events a few days ahead.
CREATE INDEX public_events_status_ix ON public_events (status, event_date);
