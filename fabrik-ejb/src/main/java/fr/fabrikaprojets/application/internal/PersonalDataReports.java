package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.PersonalData;
import fr.fabrikaprojets.application.PersonalDataReport;
import fr.fabrikaprojets.application.PersonalDataReport.Section;
import fr.fabrikaprojets.application.Texts;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.domain.model.presentation.MinutesStatus;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the right-of-access report from what a search found: one section per kind of data, records labelled in the
 * person's language, dates in Europe/Paris. Confidential advice is counted, not quoted: partners wrote it for the
 * platform's team, and the data protection officer decides on it case by case.
 */
@ApplicationScoped
public class PersonalDataReports {

    private static final int MAX_PARTS = 1_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ProjectRepository projects;

    @Inject
    PresentationRepository presentations;

    @Inject
    AdviceRepository advice;

    @Inject
    OrientationRepository orientations;

    @Inject
    DocumentRepository documents;

    @Inject
    ExperienceSheetRepository sheets;

    /** The report in {@code language} ("fr", "en"): the person's own, for the document is written to them. */
    public PersonalDataReport build(PersonalData found, Instant now, String language) {
        Words words = new Words(language);
        List<Map<String, String>> projectRecords = new ArrayList<>();
        List<Map<String, String>> presentationRecords = new ArrayList<>();
        List<Map<String, String>> adviceRecords = new ArrayList<>();
        List<Map<String, String>> orientationRecords = new ArrayList<>();
        List<Map<String, String>> documentRecords = new ArrayList<>();
        List<Map<String, String>> historyRecords = new ArrayList<>();
        List<Map<String, String>> sheetRecords = new ArrayList<>();
        for (Project project : found.getProjects()) {
            long id = project.getId();
            projectRecords.add(project(words, project));
            presentations.ofProject(id, MAX_PARTS).forEach(p -> presentationRecords.add(presentation(words, id, p)));
            List<Advice> asked = advice.ofProject(id, MAX_PARTS);
            asked.stream().filter(Advice::isShared).forEach(a -> adviceRecords.add(sharedAdvice(words, id, a)));
            long confidential = asked.stream().filter(a -> !a.isShared()).count();
            if (confidential > 0) {
                adviceRecords.add(words.record("project", String.valueOf(id), "confidentialAdvice",
                        words.text("text.confidentialAdvice", "count", confidential)));
            }
            orientations.ofProject(id, MAX_PARTS).forEach(o -> orientationRecords.add(orientation(words, id, o)));
            documents.ofProject(id, MAX_PARTS).forEach(d -> documentRecords.add(document(words, id, d)));
            sheets.ofProject(id).ifPresent(sheet -> sheetRecords.add(sheet(words, id, sheet)));
            projects.timeline(id, 0, MAX_PARTS).forEach(e -> historyRecords.add(words.record("project",
                    String.valueOf(id), "date", words.when(e.getOccurredAt()), "happening", e.getDescription())));
        }
        List<Section> sections = List.of(
                words.section("projects", projectRecords),
                words.section("presentations", presentationRecords),
                words.section("advice", adviceRecords),
                words.section("orientations", orientationRecords),
                words.section("documents", documentRecords),
                words.section("sheets", sheetRecords),
                words.section("history", historyRecords),
                words.section("registrations", found.getRegistrations().stream()
                        .map(r -> registration(words, "session", words.day(r.getSession().getDate()), r)).toList()),
                words.section("events", found.getEventRegistrations().stream()
                        .map(r -> registration(words, "event", words.text("text.event", "title",
                                r.getEvent().getTitle(), "day", words.day(r.getEvent().getDate())), r)).toList()),
                words.section("directory", found.getPeople().stream().map(p -> person(words, p)).toList()));
        return new PersonalDataReport(found.getIdentifier(), now, Language.supported(language), sections);
    }

    private static Map<String, String> project(Words words, Project project) {
        ProjectHolder holder = project.getHolder();
        return words.record("project", String.valueOf(project.getId()), "title", project.getTitle(),
                "idea", project.getIdea(), "aim", project.getCollectiveAim(),
                "commune", project.getCommune().getName(), "neighbourhood", project.getNeighbourhood(),
                "participation", project.getInhabitantsParticipation(),
                "fields", words.values(project.getFields()), "needs", words.values(project.getNeeds()),
                "state", words.value(project.getState()), "receivedOn", words.when(project.getReceivedAt()),
                "lastActivity", words.when(project.getLastActivityAt()),
                "holder", holder.getName(), "holderKind", words.value(holder.getKind()),
                "contact", holder.getContactName(), "email", holder.getEmail(),
                "phone", holder.getPhone(), "consentGiven", words.when(holder.getConsentGivenAt()),
                "consentPurpose", holder.getConsentPurpose(),
                "consentVersion", holder.getConsentTextVersion(),
                "consentWithdrawn", words.when(holder.getConsentWithdrawnAt()),
                "anonymised", words.when(holder.getAnonymisedAt()));
    }

    private static Map<String, String> presentation(Words words, long projectId, Presentation presentation) {
        boolean sentToHolder = presentation.getMinutesStatus() != null
                && presentation.getMinutesStatus() != MinutesStatus.DRAFT;
        return words.record("project", String.valueOf(projectId),
                "session", words.day(presentation.getSession().getDate()),
                "duration", String.valueOf(presentation.getDurationMinutes()),
                "minutes", sentToHolder ? presentation.getMinutes() : null,
                "yourComment", presentation.getHolderComment());
    }

    private static Map<String, String> sharedAdvice(Words words, long projectId, Advice shared) {
        return words.record("project", String.valueOf(projectId),
                "organisation", shared.getOrganisation().getShortName(), "advice", shared.getText(),
                "givenOn", words.when(shared.getGivenAt()), "yourReply", shared.getHolderReply());
    }

    private static Map<String, String> orientation(Words words, long projectId, Orientation orientation) {
        return words.record("project", String.valueOf(projectId),
                "organisation", orientation.getOrganisation().getShortName(), "need", orientation.getNeed(),
                "state", words.value(orientation.getState()), "proposedOn", words.when(orientation.getProposedAt()),
                "usefulness", words.value(orientation.getUsefulness()));
    }

    private static Map<String, String> document(Words words, long projectId, Document document) {
        return words.record("project", String.valueOf(projectId), "file", document.getFilename(),
                "size", String.valueOf(document.getSize()), "uploadedOn", words.when(document.getUploadedAt()),
                "uploadedBy", words.text("public".equals(document.getUploadedBy()) ? "text.uploadedByYou"
                        : "text.uploadedByPlatform"));
    }

    private static Map<String, String> sheet(Words words, long projectId, ExperienceSheet sheet) {
        return words.record("project", String.valueOf(projectId), "title", sheet.getTitle(),
                "summary", sheet.getSummary(), "journey", sheet.getJourney(), "whatWorked", sheet.getWhatWorked(),
                "whatBlocked", sheet.getWhatBlocked(), "publication", sheet.getPublication() == null
                        ? words.text("text.publicationUndecided") : words.value(sheet.getPublication()));
    }

    private static Map<String, String> registration(Words words, String what, String which,
            Enrolment registration) {
        return words.record(what, which, "name", registration.getName(),
                "email", registration.getEmail(), "phone", registration.getPhone(),
                "participant", words.value(registration.getKind()), "status", words.value(registration.getStatus()),
                "attendance", registration.getAttended() == null ? null
                        : words.text(registration.getAttended() ? "text.present" : "text.absent"),
                "registeredOn", words.when(registration.getRegisteredAt()),
                "consentVersion", registration.getConsentVersion());
    }

    private static Map<String, String> person(Words words, Person person) {
        return words.record("name", person.getFullName(), "email", person.getEmail(), "phone", person.getPhone(),
                "confirmedOn", words.when(person.getConfirmedAt()));
    }

    /** The document's words in one language ({@code privacy/access*.properties}). */
    static final class Words {

        private final Texts texts;

        Words(String language) {
            this.texts = Texts.of(PersonalDataReport.BUNDLE, language);
        }

        String text(String key, Object... namesAndValues) {
            return texts.text(key, namesAndValues);
        }

        Section section(String name, List<Map<String, String>> records) {
            return new Section(texts.text("section." + name), records);
        }

        /** Field name, value, field name, value…; empty values are left out, as a reader expects of a form. */
        Map<String, String> record(String... fieldsAndValues) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
                String value = fieldsAndValues[i + 1];
                if (value != null && !value.isBlank()) {
                    record.put(texts.text("field." + fieldsAndValues[i]), value);
                }
            }
            return record;
        }

        String value(Enum<?> value) {
            return value == null ? null
                    : texts.text("value." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        }

        String values(Collection<? extends Enum<?>> values) {
            return values.stream().map(this::value).sorted().collect(Collectors.joining(", "));
        }

        String when(Instant instant) {
            return instant == null ? null : texts.format("when.pattern", instant.atZone(PARIS));
        }

        String day(LocalDate day) {
            return day == null ? null : texts.format("day.pattern", day);
        }
    }
}
