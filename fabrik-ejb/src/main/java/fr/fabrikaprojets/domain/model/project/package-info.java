/**
 * Projects: an idea with a collective aim brought by inhabitants, an association or an informal group (its
 * {@link fr.fabrikaprojets.domain.model.project.ProjectHolder}), received through the public form or entered by the
 * coordinator, then followed through its {@link fr.fabrikaprojets.domain.model.project.ProjectState states} until it
 * is realised or stops. Everything that happens to it is a {@link fr.fabrikaprojets.domain.model.project.TimelineEvent}.
 */
package fr.fabrikaprojets.domain.model.project;
