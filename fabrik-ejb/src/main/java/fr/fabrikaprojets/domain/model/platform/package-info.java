/**
 * A platform is one "Fabrik à projets" on one territory (Lens-Liévin first; others can be added). It owns the
 * calendar rule by which its monthly sessions are planned, and the time zone in which their times are read.
 */
package fr.fabrikaprojets.domain.model.platform;
