/**
 * The audit trail: every change to a session (and, as they come, projects, orientations, advice, organisations,
 * users and permissions) is recorded in the transaction that makes it, with who, when, from which address and what
 * changed. Entries are written once and never edited; a record's history page reads them back.
 */
package fr.fabrikaprojets.domain.model.audit;
