package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;

/**
 * Capitalising experience: the experience sheets of closed projects (drafted by Fabrik when a project closes),
 * completed by the platform's team and the holder, and the library of initiatives they form once the holder has
 * chosen to publish them.
 */
public interface CapitalisationService {

    /** The library: published sheets, newest first, by theme and commune. */
    Page<ExperienceSheet> library(LibraryFilter filter, int first, int size);

    /**
     * The library's page as its readers see it: the same sheets as {@link #library}, as cards, kept for every reader
     * of the same filter until the next change.
     */
    Page<SheetSummary> libraryPage(LibraryFilter filter, int first, int size);

    /** Sheets waiting for the holder's decision, oldest first (the platform's team). */
    Page<ExperienceSheet> undecided(String platformCode, int first, int size);

    /** One sheet: the team reads every sheet, partners only published ones. */
    ExperienceSheet sheet(long sheetId);

    /**
     * The sheet of a closed project, for the project's page; for the platform's team, a project closed before sheets
     * existed gets its sheet drafted on first reading.
     */
    ExperienceSheet sheetOfProject(long projectId);

    /** The team completes the sheet: title, summary, journey, "ce qui a marché", "ce qui a bloqué". */
    ExperienceSheet complete(long sheetId, long version, String title, String summary, String journey,
            String whatWorked, String whatBlocked);

    /** Sends the sheet to the holder by e-mail, with a link to complete it and decide on its publication. */
    ExperienceSheet sendToHolder(long sheetId, long version);

    /** Records the decision the holder gave by phone or in person. */
    ExperienceSheet recordDecision(long sheetId, long version, Publication decision);

    /** The sheet as the holder's link shows it. */
    ExperienceSheet forHolder(String token);

    /**
     * The holder's lessons and decision, through their link (which then closes), on the version of the sheet they
     * read: a sheet changed meanwhile is shown again rather than published unread.
     */
    ExperienceSheet decideAsHolder(String token, long version, String whatWorked, String whatBlocked,
            Publication decision);
}
