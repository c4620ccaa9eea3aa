/**
 * Fabrik's REST API under {@code /fabrik/api}. Resources of version 1 live in {@code v1}; the exception mappers here
 * turn every refusal into an RFC 9457 {@code application/problem+json} document with a French {@code detail}, so
 * that no caller ever sees a stack trace.
 */
package fr.fabrikaprojets.api;
