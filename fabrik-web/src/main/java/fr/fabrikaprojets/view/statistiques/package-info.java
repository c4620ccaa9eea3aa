/** The activity statistics ({@code statistiques/}): the dashboard and the annual report. */
package fr.fabrikaprojets.view.statistiques;
