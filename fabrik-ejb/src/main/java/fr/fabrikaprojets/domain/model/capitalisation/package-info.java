/**
 * Capitalising experience: the experience sheet drafted when a project closes, completed with its lessons by the
 * coordinator and the holder, and published in the library of initiatives only as the holder decides (under their
 * name or anonymously).
 */
package fr.fabrikaprojets.domain.model.capitalisation;
