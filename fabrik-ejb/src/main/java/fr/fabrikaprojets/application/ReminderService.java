package fr.fabrikaprojets.application;

/**
 * Reminders to partners who have not answered: advice requested and orientations proposed or accepted with no move
 * for 9, 21 and 45 days (system property {@code fabrik.reminders.days}). Sent every morning; an admin may send the
 * due ones at once.
 */
public interface ReminderService {

    /** Sends every reminder due now; returns how many were sent. */
    int sendDueReminders();
}
