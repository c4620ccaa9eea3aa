/** Weekly digests: messages kept for the people who chose one e-mail a week. */
package fr.fabrikaprojets.domain.model.digest;
