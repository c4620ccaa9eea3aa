-- A database of Fabrik at schema version 13 (before the milestones, the temps forts and the SSO accounts), with the
-- data such a version held: the platform and two of its communes (with the census the reference data still
-- carries, which every deployment refreshes), a coordinator's account, a session held in March
-- 2024, two projects whose timelines say when they were presented, accompanied and realised, and the orientation of
-- one to a partner. UpgradeIT builds it with the migrations up to V13 and this script, then deploys the current EAR
-- on it. Identifiers are far above
-- those the sequences hand out, so that the application's own rows never meet them.

INSERT INTO platforms (id, version, code, name, time_zone, rule_day_of_week, rule_week_of_month, rule_start_time,
    rule_end_time)
VALUES (900001, 3, 'lens-lievin', 'La Fabrik à projets de Lens-Liévin', 'Europe/Paris', 'FRIDAY', -1, '09:00:00',
    '12:00:00');

INSERT INTO communes (insee_code, version, name, postal_code, population, population_year, platform_id)
VALUES ('62510', 0, 'Liévin', '62800', 30063, 2023, 900001),
       ('62498', 0, 'Lens', '62300', 32920, 2023, 900001);

INSERT INTO user_accounts (id, version, username, display_name, email, password_hash, password_salt,
    password_iterations, enabled, organisation_id, weekly_digest)
VALUES (900201, 2, 'coordination-2024', 'Nadège Coordination', 'coordination-2024@example.org',
    'aGFzaC1kZS1sYS12ZXJzaW9uLTEzLXBhcy11dGlsaXPDqQ==', 'c2VsLWRlLWxhLXYxMw==', 210000, TRUE, NULL, TRUE);
INSERT INTO user_account_roles (account_id, role_name) VALUES (900201, 'coordinator');

INSERT INTO sessions (id, version, platform_id, uid, session_date, start_time, end_time, commune_code, venue, address,
    session_mode, video_link, status, cancellation_reason, ical_sequence, capacity)
VALUES (900301, 4, 900001, 'fixture-v13-2024-03@fabrik', '2024-03-29', '09:00:00', '12:00:00', '62510',
    'Maison des associations', '12 rue Voltaire', 'ON_SITE', NULL, 'HELD', NULL, 2, 40);

INSERT INTO project_holders (id, version, kind, name, contact_name, email, phone, consent_given_at, consent_purpose,
    consent_text_version, consent_withdrawn_at, anonymised_at)
VALUES (900401, 0, 'INFORMAL_GROUP', 'Les jardiniers du 12-14', 'Samia Benali', 'jardiniers-1214@example.org', NULL,
    '2024-02-05 08:30:00', 'accompagnement-projet', '2024-01', NULL, NULL),
       (900402, 0, 'ASSOCIATION', 'Chœur des corons', NULL, NULL, '0612345678', '2023-11-20 14:00:00',
    'accompagnement-projet', '2023-06', NULL, NULL);

INSERT INTO projects (id, version, platform_id, holder_id, title, idea, collective_aim, commune_code, neighbourhood,
    inhabitants_part, state, state_reason, intake_channel, entered_by, submitted_from, received_at, last_activity_at)
VALUES (900501, 3, 900001, 900401, 'Potager partagé du 12-14', 'Transformer la friche du 12-14 en potager.',
    'Que les voisins cultivent et se retrouvent.', '62510', 'Cité 12-14', 'Les voisins bêchent ensemble.', 'PRESENTED',
    NULL, 'PUBLIC_FORM', NULL, '203.0.113.7', '2024-02-05 08:30:00', '2024-03-29 10:15:00'),
       (900502, 6, 900001, 900402, 'Chorale intergénérationnelle', 'Chanter le répertoire des corons.',
    'Relier les générations du quartier.', '62498', NULL, NULL, 'REALISED', NULL, 'STAFF', 'coordination-2024', NULL,
    '2023-11-20 14:00:00', '2024-09-20 16:00:00');

INSERT INTO project_fields (project_id, field) VALUES (900501, 'ENVIRONMENT'), (900502, 'CULTURE');
INSERT INTO project_needs (project_id, need) VALUES (900501, 'PREMISES'), (900502, 'VOLUNTEERS');

INSERT INTO project_events (id, project_id, occurred_at, kind, actor, description)
VALUES (900601, 900501, '2024-02-05 08:30:00', 'INTAKE', 'public', 'Idée reçue par le formulaire public.'),
       (900602, 900501, '2024-02-12 09:00:00', 'STATE_CHANGE', 'coordination-2024', 'État : reçue → à présenter.'),
       (900603, 900501, '2024-03-29 10:15:00', 'STATE_CHANGE', 'coordination-2024', 'État : à présenter → présentée.'),
       (900604, 900502, '2023-11-20 14:00:00', 'INTAKE', 'coordination-2024', 'Idée saisie après un appel.'),
       (900605, 900502, '2024-01-26 10:30:00', 'STATE_CHANGE', 'coordination-2024', 'État : à présenter → présentée.'),
       (900606, 900502, '2024-02-23 11:00:00', 'STATE_CHANGE', 'coordination-2024', 'État : présentée → accompagnée.'),
       (900607, 900502, '2024-09-20 16:00:00', 'STATE_CHANGE', 'coordination-2024', 'État : accompagnée → réalisée.');

INSERT INTO organisations (id, version, platform_id, short_name, full_name, kind, whole_territory)
VALUES (900701, 1, 900001, 'Chorales du Bassin', 'Fédération des chorales du Bassin minier', 'NETWORK', TRUE);

INSERT INTO orientations (id, version, project_id, organisation_id, session_id, need, state, state_reason,
    proposed_by, proposed_at, last_moved_at, reminders_sent)
VALUES (900801, 2, 900502, 900701, NULL, 'Un chef de chœur bénévole', 'ACCEPTED', NULL, 'coordination-2024',
    '2024-02-23 11:00:00', '2024-03-04 09:00:00', 0);
