/**
 * Documents attached to a project (PDF, images, office files): their type is read from their content, not from their
 * name; their bytes live in a {@link fr.fabrikaprojets.domain.model.document.DocumentStore} outside the web root.
 */
package fr.fabrikaprojets.domain.model.document;
