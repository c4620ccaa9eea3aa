/** The built-in people directory (Fabrik's accounts), which an institution may replace by its own. */
package fr.fabrikaprojets.infrastructure.directory;
