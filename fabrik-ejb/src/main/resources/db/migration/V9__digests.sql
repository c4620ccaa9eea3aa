-- Each account chooses immediate e-mails or a weekly digest; messages for the digest wait in pending_messages.

ALTER TABLE user_accounts ADD COLUMN weekly_digest BOOLEAN DEFAULT FALSE NOT NULL;

CREATE SEQUENCE pending_messages_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE pending_messages (
    id         BIGINT        NOT NULL PRIMARY KEY,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    body       VARCHAR(8000) NOT NULL,
    queued_at  TIMESTAMP     NOT NULL
);
CREATE INDEX pending_messages_recipient_ix ON pending_messages (recipient, queued_at);
