package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.Erasure;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PersonalData;
import fr.fabrikaprojets.application.PersonalDataPrinter;
import fr.fabrikaprojets.application.PersonalDataReport;
import fr.fabrikaprojets.application.PrivacyService;
import fr.fabrikaprojets.application.Texts;
import fr.fabrikaprojets.domain.model.event.EventRepository;
import fr.fabrikaprojets.domain.model.organisation.PersonRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.RegistrationRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Language;
import fr.fabrikaprojets.domain.shared.Redaction;
import fr.fabrikaprojets.domain.shared.Retention;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

@Stateless
@Interceptors(ScheduledJobLog.class)
public class DefaultPrivacyService implements PrivacyService {

    /** Bounds of one person's data: far above what one inhabitant brings to a platform in a lifetime. */
    private static final int MAX_PROJECTS = 200;
    private static final int MAX_REGISTRATIONS = 1_000;
    private static final int MAX_PEOPLE = 50;
    /** Holders and registrations anonymised per run of the job; the next night goes on. */
    private static final int PER_RUN = 200;
    private static final Duration NOTICE = Duration.ofDays(30);
    private static final String SUBJECT = "Personne";

    @Inject
    private ProjectRepository projects;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private PersonRepository people;

    @Inject
    private Anonymiser anonymiser;

    @Inject
    private PersonalDataReports reports;

    @Inject
    private PersonalDataPrinter printer;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ProjectAccess access;

    @Inject
    private EventRepository events;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed(ADMIN)
    public PersonalData find(String emailOrPhone) {
        Contact contact = Contact.parse(emailOrPhone);
        return new PersonalData(contact.shown(),
                projects.ofHolderContact(contact.email(), contact.phone(), MAX_PROJECTS),
                registrations.ofContact(contact.email(), contact.phone(), MAX_REGISTRATIONS),
                events.registrationsOfContact(contact.email(), contact.phone(), MAX_REGISTRATIONS),
                contact.email() == null ? List.of() : people.withEmail(contact.email(), MAX_PEOPLE));
    }

    @Override
    @RolesAllowed(ADMIN)
    public PersonalDataReport report(String emailOrPhone) {
        PersonalData found = find(emailOrPhone);
        if (found.isEmpty()) {
            throw BusinessException.notFound("Fabrik ne détient aucune donnée sur « " + found.getIdentifier()
                    + " ».");
        }
        PersonalDataReport report = reports.build(found, Instant.now(clock), languageOf(found));
        auditTrail.record(access.caller(context), null, SUBJECT, reference(found), "privacy.access",
                "Données personnelles exportées (droit d’accès).");
        return report;
    }

    @Override
    @RolesAllowed(ADMIN)
    public String reportAsJson(String emailOrPhone) {
        return json(report(emailOrPhone));
    }

    @Override
    @RolesAllowed(ADMIN)
    public byte[] reportAsPdf(String emailOrPhone) {
        return printer.print(report(emailOrPhone));
    }

    @Override
    @RolesAllowed(ADMIN)
    public Erasure withdrawConsent(String emailOrPhone, String how) {
        String channel = how == null || how.isBlank() ? null : how.strip();
        if (channel == null || channel.length() > 200) {
            throw BusinessException.invalid("Indiquez comment la personne a retiré son accord (par téléphone, par "
                    + "courrier…), en 200 caractères au plus.");
        }
        PersonalData found = anonymisable(emailOrPhone);
        Instant now = Instant.now(clock);
        found.getProjects().forEach(project -> project.getHolder().withdrawConsent(now));
        return anonymise(found, "privacy.consentWithdrawn", "Accord retiré (" + channel + ") : ", now);
    }

    @Override
    @RolesAllowed(ADMIN)
    public Erasure erase(String emailOrPhone, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null || why.length() > 500) {
            throw BusinessException.invalid("Indiquez la demande à laquelle l’effacement répond (date, canal), en "
                    + "500 caractères au plus.");
        }
        return anonymise(anonymisable(emailOrPhone), "privacy.erased", "Effacement (" + why + ") : ",
                Instant.now(clock));
    }

    @Override
    @RolesAllowed(ADMIN)
    public Page<Project> nextAnonymisations(int first, int size) {
        int from = Page.boundedFirst(first);
        int rows = Page.boundedSize(size);
        Instant soon = Retention.cutoff(Instant.now(clock)).plus(NOTICE);
        return new Page<>(projects.withHolderInactiveSince(soon, from, rows), from, rows,
                projects.countWithHolderInactiveSince(soon));
    }

    @Schedule(hour = "3", minute = "30", timezone = "Europe/Paris",
            info = "Durée de conservation des données personnelles")
    void everyNight() {
        anonymiseExpired();
    }

    @Override
    @RolesAllowed(ADMIN)
    public Erasure anonymiseExpired() {
        Instant now = Instant.now(clock);
        Erasure done = new Erasure(0, 0, 0);
        for (Project project : projects.withHolderInactiveSince(Retention.cutoff(now), 0, PER_RUN)) {
            done = done.plus(anonymiser.anonymise(List.of(project), List.of(),
                    anonymiser.redactionOf(List.of(project), List.of()), now));
        }
        List<Enrolment> expired = new ArrayList<>(registrations.namedBefore(Retention.cutoffDay(now), PER_RUN));
        expired.addAll(events.registrationsNamedBefore(Retention.cutoffDay(now), PER_RUN));
        for (Enrolment registration : expired) {
            done = done.plus(anonymiser.anonymise(List.of(), List.of(registration),
                    anonymiser.redactionOf(List.of(), List.of(registration)), now));
        }
        if (done.getHolders() + done.getRegistrations() > 0) {
            auditTrail.record(access.caller(context), null, SUBJECT, "conservation", "privacy.retention",
                    "Durée de conservation (" + Retention.years() + " ans) : " + done.describe());
        }
        return done;
    }

    private PersonalData anonymisable(String emailOrPhone) {
        PersonalData found = find(emailOrPhone);
        if (!found.isAnonymisable()) {
            throw BusinessException.notFound("Aucune donnée à anonymiser pour « " + found.getIdentifier() + " ».");
        }
        return found;
    }

    private Erasure anonymise(PersonalData found, String action, String prefix, Instant now) {
        Redaction redaction = anonymiser.redactionOf(found.getProjects(), found.getEnrolments());
        Erasure done = anonymiser.anonymise(found.getProjects(), found.getEnrolments(), redaction, now);
        auditTrail.record(access.caller(context), null, SUBJECT, reference(found), action,
                redaction.apply(prefix, 1000) + done.describe());
        return done;
    }

    /**
     * How the audit trail names the person: by the number of a record, never by their address, which the trail
     * would otherwise keep after their erasure.
     */
    private static String reference(PersonalData found) {
        if (!found.getProjects().isEmpty()) {
            return "porteur " + found.getProjects().get(0).getHolder().getId();
        }
        if (!found.getRegistrations().isEmpty()) {
            return "inscription " + found.getRegistrations().get(0).getId();
        }
        if (!found.getEventRegistrations().isEmpty()) {
            return "inscription à un événement " + found.getEventRegistrations().get(0).getId();
        }
        return found.getPeople().isEmpty() ? "inconnue" : "annuaire " + found.getPeople().get(0).getId();
    }

    /** The language of the person the data is about: the one they wrote their idea or registered in, else French. */
    private static String languageOf(PersonalData found) {
        return Stream.concat(found.getProjects().stream().map(project -> project.getHolder().getLanguage()),
                found.getEnrolments().stream().map(Enrolment::getLanguage)).filter(Objects::nonNull).findFirst()
                .map(Language::supported).orElse(Language.FRENCH);
    }

    private static String json(PersonalDataReport report) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (PersonalDataReport.Section section : report.sections()) {
            JsonArrayBuilder records = Json.createArrayBuilder();
            for (Map<String, String> record : section.records()) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                record.forEach(object::add);
                records.add(object);
            }
            sections.add(Json.createObjectBuilder().add("titre", section.title()).add("elements", records));
        }
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder()
                    .add("personne", report.identifier())
                    .add("genere_le", report.generatedAt().toString())
                    .add("langue", report.language())
                    .add("responsable", Texts.of(PersonalDataReport.BUNDLE, report.language())
                            .text("document.controller"))
                    .add("sections", sections).build());
        }
        return out.toString();
    }

    /** The person asked about: an e-mail address (stored in lower case) or a phone number (digits and +). */
    private record Contact(String email, String phone) {

        static Contact parse(String text) {
            String stripped = text == null ? "" : text.strip();
            if (stripped.length() > 254) {
                throw BusinessException.invalid("Cette adresse est trop longue.");
            }
            if (stripped.contains("@")) {
                return new Contact(stripped.toLowerCase(Locale.ROOT), null);
            }
            String digits = stripped.replaceAll("[^0-9+]", "");
            if (digits.replace("+", "").length() < 6) {
                throw BusinessException.invalid("Indiquez l’adresse e-mail ou le numéro de téléphone de la "
                        + "personne.");
            }
            return new Contact(null, digits);
        }

        String shown() {
            return email != null ? email : phone;
        }
    }
}
