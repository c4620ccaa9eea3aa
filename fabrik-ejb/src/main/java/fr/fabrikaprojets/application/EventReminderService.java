package fr.fabrikaprojets.application;

import jakarta.ejb.Local;

/**
 * The reminder before a temps fort: an e-mail to each person registered (not those waiting), a few days before the
 * event (system property {@code fabrik.events.reminder.days}, default 2), once. Sent every morning; an admin may
 * send the due ones at once.
 */
@Local
public interface EventReminderService {

    /** Sends every reminder due now; returns how many were sent. */
    int sendDueReminders();
}
