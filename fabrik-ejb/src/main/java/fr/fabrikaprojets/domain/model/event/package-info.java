/**
 * The platform's temps forts: cycles of public events on a theme (conferences, workshops, visits, screenings) beyond
 * the monthly sessions, with their registrations, attendance and what is kept of them afterwards.
 */
package fr.fabrikaprojets.domain.model.event;
