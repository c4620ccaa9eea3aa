/**
 * Backing beans of the Faces pages, one package per folder of the web root: {@code reunions/calendrier.xhtml} is
 * backed by {@code view.reunions.CalendarBacking}. Beans load in {@code f:viewAction}, call the application services
 * and never touch an {@code EntityManager}; {@link fr.fabrikaprojets.view.Feedback} turns refusals into messages.
 */
package fr.fabrikaprojets.view;
