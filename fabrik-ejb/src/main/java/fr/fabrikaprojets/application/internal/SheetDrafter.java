package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.resource.BookingStatus;
import fr.fabrikaprojets.domain.model.resource.ResourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drafts a closed project's experience sheet from what the platform recorded, in the transaction that closes it:
 * when it arrived, the sessions where it was presented, the advice shared with the holder (never the confidential
 * one: a sheet is meant to be published), the partners it was oriented to and what came of it, the resources lent.
 */
@ApplicationScoped
public class SheetDrafter {

    private static final int MAX_PARTS = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    ExperienceSheetRepository sheets;

    @Inject
    PresentationRepository presentations;

    @Inject
    AdviceRepository advice;

    @Inject
    OrientationRepository orientations;

    @Inject
    ResourceRepository resources;

    /** Drafts the sheet unless the project has one already (a project closes once). */
    public void draft(Project project, Instant closedAt) {
        if (sheets.ofProject(project.getId()).isPresent()) {
            return;
        }
        sheets.store(new ExperienceSheet(project, journey(project, closedAt), closedAt));
    }

    String journey(Project project, Instant closedAt) {
        long id = project.getId();
        List<String> lines = new ArrayList<>();
        lines.add("- Idée reçue le " + day(project.getReceivedAt()) + ", à " + project.getCommune().getName() + ".");
        for (Presentation presentation : presentations.ofProject(id, MAX_PARTS)) {
            lines.add("- Présentée à la réunion du " + DAY.format(presentation.getSession().getDate()) + ".");
        }
        for (Advice shared : advice.ofProject(id, MAX_PARTS)) {
            if (shared.isShared()) {
                lines.add("- Avis de " + shared.getOrganisation().getShortName() + " : " + shared.getText());
            }
        }
        for (Orientation orientation : orientations.ofProject(id, MAX_PARTS)) {
            lines.add("- Orientée vers " + orientation.getOrganisation().getShortName() + " pour « "
                    + orientation.getNeed() + " » : " + orientation.getState().label() + ".");
        }
        for (Booking booking : resources.ofProject(id, MAX_PARTS)) {
            if (booking.getStatus() == BookingStatus.ACCEPTED) {
                lines.add("- Ressource prêtée : " + booking.getResource().getName() + " ("
                        + booking.getResource().getOrganisation().getShortName() + "), du "
                        + day(booking.getStartsAt()) + " au " + day(booking.getEndsAt()) + ".");
            }
        }
        lines.add("- " + switch (project.getState()) {
            case REALISED -> "Réalisé";
            case ABANDONED -> "Abandonné";
            default -> "Réorienté";
        } + " le " + day(closedAt) + (project.getStateReason() == null ? "." : " : " + project.getStateReason()));
        return String.join("\n", lines);
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(PARIS));
    }
}
