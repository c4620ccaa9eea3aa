/**
 * Brings the database schema to the version this build expects, with Flyway, when the application is deployed and
 * before anything reads it. Migrations in {@code db/migration} are only ever appended.
 */
package fr.fabrikaprojets.infrastructure.persistence.migration;
