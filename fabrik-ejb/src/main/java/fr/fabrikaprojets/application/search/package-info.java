/**
 * Full-text search across projects, experience sheets, minutes and advice: the port to the index
 * ({@link fr.fabrikaprojets.application.search.SearchIndex}) and what a search returns.
 */
package fr.fabrikaprojets.application.search;
