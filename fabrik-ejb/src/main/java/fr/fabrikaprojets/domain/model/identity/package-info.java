/**
 * The people who log in with the embedded security realm: their display name, e-mail and roles. The Elytron
 * {@code jdbc-realm} of {@code src/wildfly/cli} reads the same tables to authenticate them, so a password is stored
 * only as a salted PBKDF2 hash in the SCRAM-SHA-256 layout that the realm's {@code scram-mapper} verifies.
 */
package fr.fabrikaprojets.domain.model.identity;
