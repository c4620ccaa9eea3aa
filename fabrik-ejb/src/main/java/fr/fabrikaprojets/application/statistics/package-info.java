/**
 * The activity statistics that the funders ask for (projects by milestone, field and commune, sessions and their
 * attendance, orientations, delays) and the port through which they are counted in the database.
 */
package fr.fabrikaprojets.application.statistics;
