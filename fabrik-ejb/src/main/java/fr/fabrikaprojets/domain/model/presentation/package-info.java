/**
 * Presentations: a project on the agenda of a monthly session, in an order and for a time the coordinator sets
 * inside the session's hours, then the minutes of what was said, which the holder validates (or asks to correct)
 * before they are shared beyond those present.
 */
package fr.fabrikaprojets.domain.model.presentation;
