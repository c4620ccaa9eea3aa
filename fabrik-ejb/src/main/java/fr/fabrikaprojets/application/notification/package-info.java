/**
 * Telling people what concerns them. Use cases fire events ({@link fr.fabrikaprojets.application.notification.IdeaReceived});
 * once the transaction has committed, observers write the French message and hand it to every
 * {@link fr.fabrikaprojets.application.notification.NotificationChannel} (e-mail is built in), on a managed thread,
 * so that a slow or absent mail server never delays or fails what the user did.
 */
package fr.fabrikaprojets.application.notification;
