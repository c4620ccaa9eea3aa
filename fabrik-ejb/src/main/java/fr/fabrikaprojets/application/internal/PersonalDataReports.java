package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.PersonalData;
import fr.fabrikaprojets.application.PersonalDataReport;
import fr.fabrikaprojets.application.PersonalDataReport.Section;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the right-of-access report from what a search found: one section per kind of data, records labelled in
 * French, dates in Europe/Paris. Confidential advice is counted, not quoted: partners wrote it for the platform's
 * team, and the data protection officer decides on it case by case.
 */
@ApplicationScoped
public class PersonalDataReports {

    private static final int MAX_PARTS = 1_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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

    public PersonalDataReport build(PersonalData found, Instant now) {
        List<Map<String, String>> projectRecords = new ArrayList<>();
        List<Map<String, String>> presentationRecords = new ArrayList<>();
        List<Map<String, String>> adviceRecords = new ArrayList<>();
        List<Map<String, String>> orientationRecords = new ArrayList<>();
        List<Map<String, String>> documentRecords = new ArrayList<>();
        List<Map<String, String>> historyRecords = new ArrayList<>();
        List<Map<String, String>> sheetRecords = new ArrayList<>();
        for (Project project : found.getProjects()) {
            long id = project.getId();
            projectRecords.add(project(project));
            presentations.ofProject(id, MAX_PARTS).forEach(p -> presentationRecords.add(presentation(id, p)));
            List<Advice> asked = advice.ofProject(id, MAX_PARTS);
            asked.stream().filter(Advice::isShared).forEach(a -> adviceRecords.add(sharedAdvice(id, a)));
            long confidential = asked.stream().filter(a -> !a.isShared()).count();
            if (confidential > 0) {
                adviceRecords.add(record("Projet n°", String.valueOf(id), "Avis internes des partenaires",
                        confidential + " (non reproduits ; le délégué à la protection des données les examine sur "
                                + "demande)"));
            }
            orientations.ofProject(id, MAX_PARTS).forEach(o -> orientationRecords.add(orientation(id, o)));
            documents.ofProject(id, MAX_PARTS).forEach(d -> documentRecords.add(document(id, d)));
            sheets.ofProject(id).ifPresent(sheet -> sheetRecords.add(sheet(id, sheet)));
            projects.timeline(id, 0, MAX_PARTS).forEach(e -> historyRecords.add(record("Projet n°",
                    String.valueOf(id), "Date", when(e.getOccurredAt()), "Événement", e.getDescription())));
        }
        List<Section> sections = List.of(
                new Section("Projets portés", projectRecords),
                new Section("Présentations en réunion", presentationRecords),
                new Section("Avis des partenaires", adviceRecords),
                new Section("Orientations vers des partenaires", orientationRecords),
                new Section("Documents", documentRecords),
                new Section("Fiches d’expérience", sheetRecords),
                new Section("Historique des projets", historyRecords),
                new Section("Inscriptions aux réunions", found.getRegistrations().stream()
                        .map(r -> registration("Réunion du", DAY.format(r.getSession().getDate()), r)).toList()),
                new Section("Inscriptions aux temps forts", found.getEventRegistrations().stream()
                        .map(r -> registration("Événement", r.getEvent().getTitle() + " ("
                                + DAY.format(r.getEvent().getDate()) + ")", r)).toList()),
                new Section("Annuaire du réseau des partenaires", found.getPeople().stream()
                        .map(PersonalDataReports::person).toList()));
        return new PersonalDataReport(found.getIdentifier(), now, sections);
    }

    private static Map<String, String> project(Project project) {
        ProjectHolder holder = project.getHolder();
        return record("Projet n°", String.valueOf(project.getId()), "Titre", project.getTitle(),
                "Idée", project.getIdea(), "But collectif", project.getCollectiveAim(),
                "Commune", project.getCommune().getName(), "Quartier", project.getNeighbourhood(),
                "Participation des habitants", project.getInhabitantsParticipation(),
                "Domaines", names(project.getFields()), "Besoins", names(project.getNeeds()),
                "État", project.getState().name(), "Reçu le", when(project.getReceivedAt()),
                "Dernière activité", when(project.getLastActivityAt()),
                "Porteur", holder.getName(), "Type de porteur", holder.getKind().name(),
                "Personne à contacter", holder.getContactName(), "E-mail", holder.getEmail(),
                "Téléphone", holder.getPhone(), "Consentement donné le", when(holder.getConsentGivenAt()),
                "Finalité du consentement", holder.getConsentPurpose(),
                "Version du texte de consentement", holder.getConsentTextVersion(),
                "Consentement retiré le", when(holder.getConsentWithdrawnAt()),
                "Anonymisé le", when(holder.getAnonymisedAt()));
    }

    private static Map<String, String> presentation(long projectId, Presentation presentation) {
        boolean sentToHolder = presentation.getMinutesStatus() != null
                && presentation.getMinutesStatus() != MinutesStatus.DRAFT;
        return record("Projet n°", String.valueOf(projectId),
                "Réunion du", DAY.format(presentation.getSession().getDate()),
                "Durée (minutes)", String.valueOf(presentation.getDurationMinutes()),
                "Compte rendu", sentToHolder ? presentation.getMinutes() : null,
                "Votre commentaire", presentation.getHolderComment());
    }

    private static Map<String, String> sharedAdvice(long projectId, Advice shared) {
        return record("Projet n°", String.valueOf(projectId), "Organisation", shared.getOrganisation().getShortName(),
                "Avis", shared.getText(), "Donné le", when(shared.getGivenAt()),
                "Votre réponse", shared.getHolderReply());
    }

    private static Map<String, String> orientation(long projectId, Orientation orientation) {
        return record("Projet n°", String.valueOf(projectId),
                "Organisation", orientation.getOrganisation().getShortName(), "Besoin", orientation.getNeed(),
                "État", orientation.getState().name(), "Proposée le", when(orientation.getProposedAt()),
                "Utilité selon vous", orientation.getUsefulness() == null ? null
                        : orientation.getUsefulness().name());
    }

    private static Map<String, String> document(long projectId, Document document) {
        return record("Projet n°", String.valueOf(projectId), "Fichier", document.getFilename(),
                "Taille (octets)", String.valueOf(document.getSize()), "Déposé le", when(document.getUploadedAt()),
                "Déposé par", "public".equals(document.getUploadedBy()) ? "vous (formulaire public)"
                        : "la plateforme");
    }

    private static Map<String, String> sheet(long projectId, ExperienceSheet sheet) {
        return record("Projet n°", String.valueOf(projectId), "Titre", sheet.getTitle(), "Résumé", sheet.getSummary(),
                "Parcours", sheet.getJourney(), "Ce qui a marché", sheet.getWhatWorked(),
                "Ce qui a bloqué", sheet.getWhatBlocked(), "Publication", sheet.getPublication() == null
                        ? "pas encore décidée" : sheet.getPublication().name());
    }

    private static Map<String, String> registration(String what, String which, Enrolment registration) {
        return record(what, which, "Nom", registration.getName(),
                "E-mail", registration.getEmail(), "Téléphone", registration.getPhone(),
                "Qualité", registration.getKind().name(), "Statut", registration.getStatus().name(),
                "Présence", registration.getAttended() == null ? null : registration.getAttended() ? "présent(e)"
                        : "absent(e)",
                "Inscrit(e) le", when(registration.getRegisteredAt()),
                "Version du texte de consentement", registration.getConsentVersion());
    }

    private static Map<String, String> person(Person person) {
        return record("Nom", person.getFullName(), "E-mail", person.getEmail(), "Téléphone", person.getPhone(),
                "Fiche confirmée le", when(person.getConfirmedAt()));
    }

    /** Label, value, label, value…; empty values are left out, as a reader expects of a form. */
    private static Map<String, String> record(String... labelsAndValues) {
        Map<String, String> record = new LinkedHashMap<>();
        for (int i = 0; i + 1 < labelsAndValues.length; i += 2) {
            String value = labelsAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                record.put(labelsAndValues[i], value);
            }
        }
        return record;
    }

    private static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }
}
