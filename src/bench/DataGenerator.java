import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Fills a stopped Fabrik's Derby database with a ten-year history, deterministically from a seed: the monthly
 * sessions of 2016–2025, 600 organisations, and the given number of projects with their holders, fields, needs,
 * twelve timeline events each (5,000 projects give the 60,000 events of the issue) and, once presented, their slot on
 * a session's agenda, their advice and orientations (about 20,000 at 5,000 projects). Ids come from the same
 * sequences EclipseLink uses, so the application keeps working on the generated rows.
 *
 * Usage: java -cp "derby.jar:derbyshared.jar:derbytools.jar" src/bench/DataGenerator.java DB_DIR PROJECTS [SEED]
 */
public class DataGenerator {

    private static final String[] WORDS = {"Jardin", "Atelier", "Théâtre", "Contes", "Cuisine", "Fête", "Repair",
            "Café", "Chorale", "Potager", "Danse", "Lecture", "Vélo", "Ressourcerie", "Conférence", "Marché"};
    private static final String[] OBJECTS = {"partagé", "des voisins", "du monde", "en yourte", "solidaire",
            "des familles", "intergénérationnel", "du quartier", "des enfants", "pour tous"};
    private static final String[] FIELDS = {"SOLIDARITY_ECONOMY", "SOCIAL", "CULTURE", "SPORT", "ENVIRONMENT",
            "HEALTH", "EDUCATION", "OTHER"};
    private static final String[] NEEDS = {"FUNDING", "PREMISES", "SKILLS", "NETWORK", "COMMUNICATION", "EQUIPMENT",
            "VOLUNTEERS"};
    private static final String[] STATES = {"RECEIVED", "TO_PRESENT", "PRESENTED", "ACCOMPANIED", "PAUSED",
            "REALISED", "ABANDONED", "REORIENTED"};
    private static final String[] KINDS = {"INTAKE", "STATE_CHANGE", "PRESENTATION", "ADVICE", "ORIENTATION",
            "ACTION", "NOTE"};

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        int projects = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20210226L;
        Random random = new Random(seed);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + dir)) {
            db.setAutoCommit(false);
            long platform = single(db, "SELECT id FROM platforms WHERE code = 'lens-lievin'");
            List<String> communes = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("SELECT insee_code FROM communes ORDER BY 1")) {
                while (rows.next()) {
                    communes.add(rows.getString(1));
                }
            }
            int sessions = sessions(db, platform);
            List<Long> organisations = organisations(db, platform, communes, random);
            // Their own sequence of draws, so that the projects, their fields and events stay those of the runs
            // measured before advice and orientations were generated (BENCHMARKS.md, runs 1 to 33).
            try (Accompaniment accompaniment = new Accompaniment(db, platform, organisations, new Random(seed + 1));
                 Agendas agendas = new Agendas(db, platform); Library library = new Library(db)) {
                projects(db, platform, communes, projects, random, accompaniment, agendas, library);
                db.commit();
                System.out.printf("Généré : %d réunions, 600 organisations, 3 000 personnes, 200 ressources, %d projets, "
                        + "%d événements, %d présentations, %d avis, %d orientations, %d fiches d’expérience "
                        + "en %.1f s%n", sessions, projects, projects * 12L, agendas.presentations,
                        accompaniment.advice, accompaniment.orientations, library.sheets,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby always reports a clean shutdown as an exception.
        }
    }

    private static int sessions(Connection db, long platform) throws SQLException {
        int created = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO sessions (id, version, platform_id, uid, "
                + "session_date, start_time, end_time, session_mode, status, ical_sequence) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, 'ON_SITE', 'HELD', 0)")) {
            Ids ids = new Ids(db, "sessions_seq", 50);
            for (int year = 2016; year <= 2025; year++) {
                if (single(db, "SELECT COUNT(*) FROM sessions WHERE platform_id = " + platform
                        + " AND YEAR(session_date) = " + year) > 0) {
                    continue;
                }
                for (int month = 1; month <= 12; month++) {
                    LocalDate date = YearMonth.of(year, month).atEndOfMonth()
                            .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.FRIDAY));
                    insert.setLong(1, ids.next());
                    insert.setLong(2, platform);
                    insert.setString(3, UUID.randomUUID() + "@lens-lievin.fabrik");
                    insert.setDate(4, java.sql.Date.valueOf(date));
                    insert.setTime(5, java.sql.Time.valueOf(LocalTime.of(9, 0)));
                    insert.setTime(6, java.sql.Time.valueOf(LocalTime.of(12, 0)));
                    insert.addBatch();
                    created++;
                }
            }
            insert.executeBatch();
        }
        return created;
    }

    /**
     * 600 organisations, each competent in one to three themes, acting in three to eight communes (one in twenty on
     * the whole territory), offering one or two things, with five people each; one in three lends a resource.
     */
    private static List<Long> organisations(Connection db, long platform, List<String> communes, Random random)
            throws SQLException {
        List<Long> created = new ArrayList<>();
        String[] kinds = {"ASSOCIATION", "SOCIAL_CENTRE", "CCAS", "FOUNDATION", "NETWORK", "INSTITUTION"};
        String[] themes = {"SOLIDARITY_ECONOMY", "SOCIAL", "CULTURE", "SPORT", "ENVIRONMENT", "HEALTH", "EDUCATION"};
        String[] offers = {"FUNDING", "ADVICE", "PREMISES", "EQUIPMENT", "TRAINING", "VOLUNTEERS"};
        String[] resourceKinds = {"ROOM", "EQUIPMENT", "SKILL", "FUNDING"};
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO organisations (id, version, platform_id, "
                + "short_name, full_name, kind, whole_territory, confirmed_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)");
             PreparedStatement commune = db.prepareStatement("INSERT INTO organisation_communes VALUES (?, ?)");
             PreparedStatement theme = db.prepareStatement("INSERT INTO organisation_themes VALUES (?, ?)");
             PreparedStatement offer = db.prepareStatement("INSERT INTO organisation_offers VALUES (?, ?)");
             PreparedStatement person = db.prepareStatement("INSERT INTO people (id, version, platform_id, full_name, "
                     + "email, confirmed_at) VALUES (?, 1, ?, ?, ?, CURRENT_TIMESTAMP)");
             PreparedStatement membership = db.prepareStatement("INSERT INTO memberships (id, version, person_id, "
                     + "organisation_id, role) VALUES (?, 1, ?, ?, 'Bénévole')");
             PreparedStatement resource = db.prepareStatement("INSERT INTO resources (id, version, organisation_id, "
                     + "kind, name, insee_code, capacity, wheelchair_accessible, active) "
                     + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, TRUE)")) {
            Ids ids = new Ids(db, "organisations_seq", 50);
            Ids personIds = new Ids(db, "people_seq", 50);
            Ids membershipIds = new Ids(db, "memberships_seq", 50);
            Ids resourceIds = new Ids(db, "resources_seq", 50);
            for (int i = 1; i <= 600; i++) {
                long id = ids.next();
                created.add(id);
                boolean everywhere = i % 20 == 0;
                insert.setLong(1, id);
                insert.setLong(2, platform);
                insert.setString(3, "Partenaire " + i);
                insert.setString(4, "Association partenaire n° " + i);
                insert.setString(5, kinds[i % kinds.length]);
                insert.setBoolean(6, everywhere);
                insert.setTimestamp(7, i % 4 == 0 ? null : new java.sql.Timestamp(System.currentTimeMillis()));
                insert.addBatch();
                java.util.Set<String> covered = new java.util.TreeSet<>(everywhere ? communes : List.of());
                while (covered.size() < 3 + random.nextInt(6)) {
                    covered.add(communes.get(random.nextInt(communes.size())));
                }
                for (String code : covered) {
                    commune.setLong(1, id);
                    commune.setString(2, code);
                    commune.addBatch();
                }
                for (String chosen : pick(themes, 1 + random.nextInt(3), random)) {
                    theme.setLong(1, id);
                    theme.setString(2, chosen);
                    theme.addBatch();
                }
                for (String chosen : pick(offers, 1 + random.nextInt(2), random)) {
                    offer.setLong(1, id);
                    offer.setString(2, chosen);
                    offer.addBatch();
                }
                for (int p = 1; p <= 5; p++) {
                    long personId = personIds.next();
                    person.setLong(1, personId);
                    person.setLong(2, platform);
                    person.setString(3, "Personne " + i + "-" + p);
                    person.setString(4, "personne" + i + "-" + p + "@example.org");
                    person.addBatch();
                    membership.setLong(1, membershipIds.next());
                    membership.setLong(2, personId);
                    membership.setLong(3, id);
                    membership.addBatch();
                }
                if (i % 3 == 0) {
                    String kind = resourceKinds[i % resourceKinds.length];
                    resource.setLong(1, resourceIds.next());
                    resource.setLong(2, id);
                    resource.setString(3, kind);
                    resource.setString(4, "Ressource " + i);
                    resource.setString(5, communes.get(random.nextInt(communes.size())));
                    if ("ROOM".equals(kind)) {
                        resource.setInt(6, 20 + random.nextInt(100));
                    } else {
                        resource.setNull(6, java.sql.Types.INTEGER);
                    }
                    resource.setBoolean(7, random.nextBoolean());
                    resource.addBatch();
                }
            }
            insert.executeBatch();
            commune.executeBatch();
            theme.executeBatch();
            offer.executeBatch();
            person.executeBatch();
            membership.executeBatch();
            resource.executeBatch();
        }
        return created;
    }

    private static java.util.Set<String> pick(String[] values, int count, Random random) {
        java.util.Set<String> chosen = new java.util.TreeSet<>();
        while (chosen.size() < count) {
            chosen.add(values[random.nextInt(values.length)]);
        }
        return chosen;
    }

    private static void projects(Connection db, long platform, List<String> communes, int count, Random random,
            Accompaniment accompaniment, Agendas agendas, Library library) throws SQLException {
        Ids holderIds = new Ids(db, "project_holders_seq", 50);
        Ids projectIds = new Ids(db, "projects_seq", 50);
        Ids eventIds = new Ids(db, "project_events_seq", 50);
        Instant first = LocalDate.of(2016, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long span = LocalDate.of(2026, 11, 1).atStartOfDay().toInstant(ZoneOffset.UTC).getEpochSecond()
                - first.getEpochSecond();
        try (PreparedStatement holder = db.prepareStatement("INSERT INTO project_holders (id, version, kind, name, "
                + "email, consent_given_at, consent_purpose, consent_text_version) "
                + "VALUES (?, 1, ?, ?, ?, ?, 'accompagnement-projet', '2026-11')");
             PreparedStatement project = db.prepareStatement("INSERT INTO projects (id, version, platform_id, "
                     + "holder_id, title, idea, collective_aim, commune_code, state, intake_channel, received_at, "
                     + "last_activity_at, presented_at, accompanied_at, closed_at) "
                     + "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, 'PUBLIC_FORM', ?, ?, ?, ?, ?)");
             PreparedStatement field = db.prepareStatement("INSERT INTO project_fields VALUES (?, ?)");
             PreparedStatement need = db.prepareStatement("INSERT INTO project_needs VALUES (?, ?)");
             PreparedStatement event = db.prepareStatement("INSERT INTO project_events (id, project_id, "
                     + "occurred_at, kind, actor, description) VALUES (?, ?, ?, ?, 'animatrice', ?)")) {
            for (int i = 1; i <= count; i++) {
                long holderId = holderIds.next();
                long projectId = projectIds.next();
                Instant received = first.plusSeconds((long) (random.nextDouble() * span));
                String title = WORDS[random.nextInt(WORDS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)]
                        + " n° " + i;
                holder.setLong(1, holderId);
                holder.setString(2, i % 3 == 0 ? "ASSOCIATION" : i % 3 == 1 ? "INHABITANTS" : "INFORMAL_GROUP");
                holder.setString(3, "Porteur " + i);
                holder.setString(4, "porteur" + i + "@example.org");
                holder.setTimestamp(5, Timestamp.from(received));
                holder.addBatch();
                project.setLong(1, projectId);
                project.setLong(2, platform);
                project.setLong(3, holderId);
                project.setString(4, title);
                project.setString(5, "Une idée générée pour mesurer Fabrik : " + title + ".");
                project.setString(6, "Pour les habitants du quartier.");
                project.setString(7, communes.get(random.nextInt(communes.size())));
                int state = random.nextInt(STATES.length);
                project.setString(8, STATES[state]);
                project.setTimestamp(9, Timestamp.from(received));
                project.setTimestamp(10, Timestamp.from(received.plusSeconds(86_400L * 12)));
                Milestones milestones = milestones(project, state, received, random);
                project.addBatch();
                if (milestones.presentedAt() != null) {
                    agendas.add(projectId, milestones.presentedAt());
                }
                if (milestones.closedAt() != null) {
                    library.add(projectId, i, STATES[state], title, milestones.closedAt());
                }
                if (state >= 2) {
                    accompaniment.add(projectId, received);
                }
                int f = random.nextInt(FIELDS.length);
                field.setLong(1, projectId);
                field.setString(2, FIELDS[f]);
                field.addBatch();
                if (random.nextBoolean()) {
                    field.setLong(1, projectId);
                    field.setString(2, FIELDS[(f + 1 + random.nextInt(FIELDS.length - 1)) % FIELDS.length]);
                    field.addBatch();
                }
                need.setLong(1, projectId);
                need.setString(2, NEEDS[random.nextInt(NEEDS.length)]);
                need.addBatch();
                for (int e = 0; e < 12; e++) {
                    event.setLong(1, eventIds.next());
                    event.setLong(2, projectId);
                    event.setTimestamp(3, Timestamp.from(received.plusSeconds(86_400L * e)));
                    event.setString(4, e == 0 ? "INTAKE" : KINDS[1 + random.nextInt(KINDS.length - 1)]);
                    event.setString(5, e == 0 ? "Idée reçue par le formulaire public." : "Étape " + e + " du projet.");
                    event.addBatch();
                }
                if (i % 500 == 0 || i == count) {
                    holder.executeBatch();
                    project.executeBatch();
                    field.executeBatch();
                    need.executeBatch();
                    accompaniment.flush();
                    agendas.flush();
                    library.flush();
                    event.executeBatch();
                    db.commit();
                }
            }
        }
    }

    /**
     * The milestones the statistics count (V14), consistent with the state: presented after three to eight weeks,
     * accompanied a month later, closed within the year; a paused or abandoned project was presented one time in two.
     */
    private static Milestones milestones(PreparedStatement project, int state, Instant received, Random random)
            throws SQLException {
        String name = STATES[state];
        boolean presented = List.of("PRESENTED", "ACCOMPANIED", "REALISED").contains(name)
                || (List.of("PAUSED", "ABANDONED", "REORIENTED").contains(name) && random.nextBoolean());
        boolean accompanied = List.of("ACCOMPANIED", "REALISED").contains(name);
        boolean closed = List.of("REALISED", "ABANDONED", "REORIENTED").contains(name);
        Instant presentedAt = received.plusSeconds(86_400L * (21 + random.nextInt(35)));
        Instant accompaniedAt = presentedAt.plusSeconds(86_400L * (20 + random.nextInt(20)));
        Instant closedAt = accompaniedAt.plusSeconds(86_400L * (60 + random.nextInt(240)));
        project.setObject(11, presented ? Timestamp.from(presentedAt) : null, Types.TIMESTAMP);
        project.setObject(12, accompanied ? Timestamp.from(accompaniedAt) : null, Types.TIMESTAMP);
        project.setObject(13, closed ? Timestamp.from(closedAt) : null, Types.TIMESTAMP);
        return new Milestones(presented ? presentedAt : null, closed ? closedAt : null);
    }

    /** When a project was presented and closed; null if it was not. */
    private record Milestones(Instant presentedAt, Instant closedAt) {
    }

    /**
     * The agendas of the sessions: a project presented is on the agenda of the first session on or after the day it
     * was presented, twenty minutes in the order the projects come, as long as the morning has room (nine of them,
     * as a session of three hours holds); the others presented that month count as presented without a slot. No
     * draw: the projects and everything drawn for them stay those of the runs measured before (BENCHMARKS.md).
     */
    private static final class Agendas implements AutoCloseable {
        private static final int MINUTES = 20;
        private static final int SLOTS = 180 / MINUTES;
        private final java.util.TreeMap<LocalDate, Long> sessions = new java.util.TreeMap<>();
        private final java.util.Map<Long, Integer> booked = new java.util.HashMap<>();
        private final Ids ids;
        private final PreparedStatement row;
        long presentations;

        Agendas(Connection db, long platform) throws SQLException {
            try (ResultSet rows = db.createStatement().executeQuery("SELECT session_date, id FROM sessions "
                    + "WHERE platform_id = " + platform)) {
                while (rows.next()) {
                    sessions.put(rows.getDate(1).toLocalDate(), rows.getLong(2));
                }
            }
            this.ids = new Ids(db, "presentations_seq", 50);
            this.row = db.prepareStatement("INSERT INTO presentations (id, version, session_id, project_id, "
                    + "position, duration_minutes, booked_at, booked_by, minutes_text, minutes_status) "
                    + "VALUES (?, 1, ?, ?, ?, " + MINUTES + ", ?, 'animatrice', ?, 'VALIDATED')");
        }

        void add(long projectId, Instant presentedAt) throws SQLException {
            var session = sessions.ceilingEntry(presentedAt.atZone(ZoneOffset.UTC).toLocalDate());
            if (session == null) {
                return;
            }
            int position = booked.merge(session.getValue(), 1, Integer::sum);
            if (position > SLOTS) {
                return;
            }
            row.setLong(1, ids.next());
            row.setLong(2, session.getValue());
            row.setLong(3, projectId);
            row.setInt(4, position);
            row.setTimestamp(5, Timestamp.from(presentedAt.minusSeconds(86_400L * 14)));
            row.setString(6, "Un compte rendu généré pour mesurer Fabrik : le groupe a présenté son idée.");
            row.addBatch();
            presentations++;
        }

        void flush() throws SQLException {
            row.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            row.close();
        }
    }

    /**
     * The experience sheets of the closed projects (three states in eight), as the library shows them: each decided
     * by its holder two weeks after closing, in turn named, anonymous, public named and public anonymous, and one in
     * five not decided yet (the coordinator's list to follow up). No draw, as for the agendas.
     */
    private static final class Library implements AutoCloseable {
        private static final String[] PUBLICATIONS = {null, "NAMED", "ANONYMOUS", "PUBLIC_NAMED", "PUBLIC_ANONYMOUS"};
        private final Ids ids;
        private final PreparedStatement row;
        long sheets;

        Library(Connection db) throws SQLException {
            this.ids = new Ids(db, "experience_sheets_seq", 50);
            this.row = db.prepareStatement("INSERT INTO experience_sheets (id, version, project_id, outcome, "
                    + "closed_at, title, summary, journey, what_worked, what_blocked, publication, decided_at, "
                    + "decided_by, sent_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'Le groupe et le lieu.', "
                    + "'Le budget, au début.', ?, ?, ?, ?)");
        }

        void add(long projectId, int index, String outcome, String title, Instant closedAt) throws SQLException {
            String publication = PUBLICATIONS[index % PUBLICATIONS.length];
            row.setLong(1, ids.next());
            row.setLong(2, projectId);
            row.setString(3, outcome);
            row.setTimestamp(4, Timestamp.from(closedAt));
            row.setString(5, title);
            row.setString(6, "Une fiche générée pour mesurer Fabrik : ce que le groupe a fait de son idée, " + title
                    + ", avec qui, et ce qu’il en retient pour ceux qui voudraient faire de même.");
            row.setString(7, "Idée reçue, présentée en réunion, accompagnée puis close.");
            row.setString(8, publication);
            Timestamp decidedAt = publication == null ? null : Timestamp.from(closedAt.plusSeconds(86_400L * 14));
            row.setObject(9, decidedAt, Types.TIMESTAMP);
            row.setString(10, publication == null ? null : "porteur");
            row.setTimestamp(11, Timestamp.from(closedAt.plusSeconds(86_400L)));
            row.addBatch();
            sheets++;
        }

        void flush() throws SQLException {
            row.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            row.close();
        }
    }

    /**
     * The advice and orientations of the projects presented (six states in eight): 0 to 5 pieces of advice given in
     * session, one in two shared with the holder, and 0 to 6 orientations in any state, by partners drawn among the
     * 600; about four in all per project, the 20,000 of the issue at 5,000 projects.
     */
    private static final class Accompaniment implements AutoCloseable {
        private static final String[] ORIENTATION_STATES = {"PROPOSED", "ACCEPTED", "REFUSED", "HELP_OBTAINED",
                "NO_FOLLOW_UP", "UNREACHABLE"};
        private final long platform;
        private final List<Long> organisations;
        private final Random random;
        private final Ids adviceIds;
        private final Ids orientationIds;
        private final PreparedStatement adviceRow;
        private final PreparedStatement orientationRow;
        long advice;
        long orientations;

        Accompaniment(Connection db, long platform, List<Long> organisations, Random random) throws SQLException {
            this.platform = platform;
            this.organisations = organisations;
            this.random = random;
            this.adviceIds = new Ids(db, "advice_seq", 50);
            this.orientationIds = new Ids(db, "orientations_seq", 50);
            this.adviceRow = db.prepareStatement("INSERT INTO advice (id, version, project_id, organisation_id, "
                    + "requested_by, requested_at, status, advice_text, visibility, given_by, given_at, "
                    + "reminders_sent, last_moved_at) VALUES (?, 1, ?, ?, 'animatrice', ?, 'GIVEN', ?, ?, "
                    + "'animatrice', ?, 0, ?)");
            this.orientationRow = db.prepareStatement("INSERT INTO orientations (id, version, project_id, "
                    + "organisation_id, need, state, proposed_by, proposed_at, last_moved_at, reminders_sent, "
                    + "platform_id) VALUES (?, 1, ?, ?, ?, ?, 'animatrice', ?, ?, 0, ?)");
        }

        void add(long projectId, Instant received) throws SQLException {
            int given = random.nextInt(6);
            for (int a = 0; a < given; a++) {
                Timestamp at = Timestamp.from(received.plusSeconds(86_400L * (21 + a)));
                adviceRow.setLong(1, adviceIds.next());
                adviceRow.setLong(2, projectId);
                adviceRow.setLong(3, organisations.get(random.nextInt(organisations.size())));
                adviceRow.setTimestamp(4, at);
                adviceRow.setString(5, "Un avis généré pour mesurer Fabrik : le projet tient, le budget est à revoir.");
                adviceRow.setString(6, random.nextBoolean() ? "SHARED" : "CONFIDENTIAL");
                adviceRow.setTimestamp(7, at);
                adviceRow.setTimestamp(8, at);
                adviceRow.addBatch();
                advice++;
            }
            int oriented = random.nextInt(7);
            for (int o = 0; o < oriented; o++) {
                Timestamp at = Timestamp.from(received.plusSeconds(86_400L * (22 + o)));
                orientationRow.setLong(1, orientationIds.next());
                orientationRow.setLong(2, projectId);
                orientationRow.setLong(3, organisations.get(random.nextInt(organisations.size())));
                orientationRow.setString(4, "Un besoin généré n° " + (o + 1));
                orientationRow.setString(5, ORIENTATION_STATES[random.nextInt(ORIENTATION_STATES.length)]);
                orientationRow.setTimestamp(6, at);
                orientationRow.setTimestamp(7, at);
                orientationRow.setLong(8, platform);
                orientationRow.addBatch();
                orientations++;
            }
        }

        void flush() throws SQLException {
            adviceRow.executeBatch();
            orientationRow.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            adviceRow.close();
            orientationRow.close();
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Ids in blocks from a sequence that increments by the block size, as EclipseLink allocates them. */
    private static final class Ids {
        private final Connection db;
        private final String sequence;
        private final int block;
        private long next;
        private long last = -1;

        Ids(Connection db, String sequence, int block) {
            this.db = db;
            this.sequence = sequence;
            this.block = block;
        }

        long next() throws SQLException {
            if (last < 0 || next > last) {
                last = single(db, "VALUES NEXT VALUE FOR " + sequence);
                next = last - block + 1;
            }
            return next++;
        }
    }
}
