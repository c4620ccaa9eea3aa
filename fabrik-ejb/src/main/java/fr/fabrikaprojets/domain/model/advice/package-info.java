/**
 * Partners' advice (avis) on a project: asked in writing of a partner's member by the coordinator, or recorded live
 * during a session. Advice is {@link fr.fabrikaprojets.domain.model.advice.Visibility#CONFIDENTIAL confidential}
 * (the platform's staff only) or {@link fr.fabrikaprojets.domain.model.advice.Visibility#SHARED shared} (the holder
 * sees it and may reply).
 */
package fr.fabrikaprojets.domain.model.advice;
