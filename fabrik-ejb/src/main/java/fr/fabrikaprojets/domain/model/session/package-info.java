/**
 * The monthly sessions ("réunions de la Fabrik à projets"). A {@link fr.fabrikaprojets.domain.model.session.YearCalendar}
 * plans a year from the platform's calendar rule, minus the months the coordinator removed; each
 * {@link fr.fabrikaprojets.domain.model.session.Session} then lives on its own: its place is decided later, it may
 * switch to videoconference, move to another day, be confirmed, held or cancelled. Every change is kept as a
 * change in the audit trail ({@code domain.model.audit}) and bumps the session's iCalendar sequence so that
 * subscribed calendars update.
 */
package fr.fabrikaprojets.domain.model.session;
