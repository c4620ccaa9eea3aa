/** Version 1 of the REST API: sessions as JSON and as an iCalendar feed. */
package fr.fabrikaprojets.api.v1;
