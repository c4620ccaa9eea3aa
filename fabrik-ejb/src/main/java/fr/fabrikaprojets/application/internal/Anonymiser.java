package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.Erasure;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.audit.AuditEntry;
import fr.fabrikaprojets.domain.model.audit.AuditRepository;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentRepository;
import fr.fabrikaprojets.domain.model.document.DocumentStore;
import fr.fabrikaprojets.domain.model.event.EventRegistration;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectChanged;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.resource.ResourceRepository;
import fr.fabrikaprojets.domain.model.session.Enrolment;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.shared.Redaction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Anonymises a person inside the caller's transaction: their holder records and registrations lose names and
 * contacts, the texts they wrote are erased, the texts others wrote about their projects (minutes, advice, timeline,
 * next steps, bookings, audit entries) lose their names, the documents they sent through the public form are deleted.
 * Messages waiting for a weekly digest are left alone: only accounts receive digests, and they are someone's work. States,
 * dates, communes, fields, needs and attendance are left untouched: every figure the platform reports stays the same.
 */
@ApplicationScoped
public class Anonymiser {

    /** Bounds of what one project may hold; beyond them the project page itself would not list it. */
    private static final int MAX_PARTS = 1_000;
    private static final int TIMELINE_BATCH = 500;
    private static final int MAX_AUDIT = 5_000;
    private static final String PUBLIC_FORM = "public";

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
    DocumentStore store;

    @Inject
    AuditRepository audit;

    @Inject
    ExperienceSheetRepository sheets;

    @Inject
    ResourceRepository resources;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<ProjectChanged> changes;

    /** The redaction that finds the holders of these projects and the people of these registrations. */
    public Redaction redactionOf(List<Project> ofProjects, List<? extends Enrolment> registrations) {
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (Project project : ofProjects) {
            ProjectHolder holder = project.getHolder();
            names.add(holder.getName());
            names.add(holder.getContactName());
            emails.add(holder.getEmail());
            phones.add(holder.getPhone());
        }
        for (Enrolment registration : registrations) {
            names.add(registration.getName());
            emails.add(registration.getEmail());
            phones.add(registration.getPhone());
        }
        names.removeIf(name -> ProjectHolder.ANONYMOUS.equals(name) || Enrolment.ANONYMOUS.equals(name));
        return Redaction.of(names, emails, phones);
    }

    public Erasure anonymise(List<Project> ofProjects, List<? extends Enrolment> registrations, Redaction redaction,
            Instant now) {
        int holders = 0;
        int deleted = 0;
        for (Project project : ofProjects) {
            ProjectHolder holder = project.getHolder();
            if (!holder.isAnonymised()) {
                holders++;
            }
            deleted += anonymise(project, redaction);
            holder.anonymise(now);
            changes.fire(new ProjectChanged(project.getId()));
        }
        int anonymisedRegistrations = 0;
        for (Enrolment registration : registrations) {
            if (!Enrolment.ANONYMOUS.equals(registration.getName())) {
                anonymisedRegistrations++;
            }
            registration.anonymise();
            if (registration instanceof Registration toSession) {
                redactAudit("Session", toSession.getSession().getId(), redaction);
            } else if (registration instanceof EventRegistration toEvent) {
                redactAudit(DefaultTempsFortsService.EVENT, toEvent.getEvent().getId(), redaction);
            }
        }
        return new Erasure(holders, anonymisedRegistrations, deleted);
    }

    private int anonymise(Project project, Redaction redaction) {
        long id = project.getId();
        project.anonymise(redaction);
        redactAudit("Project", id, redaction);
        sheets.ofProject(id).ifPresent(sheet -> {
            sheet.anonymise(redaction);
            redactAudit("ExperienceSheet", sheet.getId(), redaction);
        });
        for (Presentation presentation : presentations.ofProject(id, MAX_PARTS)) {
            presentation.anonymise(redaction);
            redactAudit("Presentation", presentation.getId(), redaction);
        }
        for (Advice asked : advice.ofProject(id, MAX_PARTS)) {
            asked.anonymise(redaction);
            redactAudit("Advice", asked.getId(), redaction);
        }
        for (Orientation oriented : orientations.ofProject(id, MAX_PARTS)) {
            oriented.anonymise(redaction);
            redactAudit("Orientation", oriented.getId(), redaction);
        }
        for (Booking booking : resources.ofProject(id, MAX_PARTS)) {
            booking.redact(redaction);
            redactAudit("Booking", booking.getId(), redaction);
        }
        for (Action action : projects.actions(id, MAX_PARTS)) {
            action.redact(redaction);
            redactAudit("Action", action.getId(), redaction);
        }
        for (int first = 0;; first += TIMELINE_BATCH) {
            List<TimelineEvent> events = projects.timeline(id, first, TIMELINE_BATCH);
            events.forEach(event -> event.redact(redaction));
            if (events.size() < TIMELINE_BATCH) {
                break;
            }
        }
        int deleted = 0;
        for (Document document : documents.ofProject(id, MAX_PARTS)) {
            redactAudit("Document", document.getId(), redaction);
            if (PUBLIC_FORM.equals(document.getUploadedBy())) {
                deleteAfterCommit(document.getStorageKey());
                documents.remove(document);
                deleted++;
            } else {
                document.redact(redaction);
            }
        }
        return deleted;
    }

    /** The file goes only once its row is gone for good: a rolled-back erasure loses nothing. */
    private void deleteAfterCommit(String storageKey) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    store.delete(storageKey);
                }
            }
        });
    }

    private void redactAudit(String subjectType, long subjectId, Redaction redaction) {
        for (AuditEntry entry : audit.ofSubject(subjectType, String.valueOf(subjectId), 0, MAX_AUDIT)) {
            entry.redact(redaction);
        }
    }
}
