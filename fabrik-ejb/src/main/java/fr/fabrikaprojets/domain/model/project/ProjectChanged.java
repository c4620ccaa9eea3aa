package fr.fabrikaprojets.domain.model.project;

/**
 * Something about a project changed (its timeline records every change): what is derived from the project outside
 * the database — the search index — is brought up to date once the transaction commits.
 */
public record ProjectChanged(long projectId) {
}
