/**
 * The communes of a platform's territory, from the official INSEE code list (see {@code referentiel/README.md}).
 * A session's place and, later, a project or an organisation's area are communes of this list and no other.
 */
package fr.fabrikaprojets.domain.model.commune;
