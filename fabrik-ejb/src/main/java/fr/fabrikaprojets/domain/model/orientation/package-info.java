/**
 * Orientations: the platform sends a project to a partner organisation for a stated need ("local premises", "CAF
 * funding for a shared garden") and follows it to its outcome, reminding the partner when nothing moves and asking
 * the holder afterwards whether it helped.
 */
package fr.fabrikaprojets.domain.model.orientation;
