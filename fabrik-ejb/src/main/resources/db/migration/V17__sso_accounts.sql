-- Partner associations' members who sign in through the shared SSO get an account in Fabrik on their first arrival
-- (name, e-mail and organisation from the provider's token), marked as such: it has no usable password, the
-- embedded realm does not read it, and a person signed in with FORM never acts through it.
ALTER TABLE user_accounts ADD COLUMN origin VARCHAR(10) DEFAULT 'LOCAL' NOT NULL;
ALTER TABLE user_accounts ADD COLUMN sso_seen_at TIMESTAMP;
