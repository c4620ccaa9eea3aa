package fr.fabrikaprojets.domain.model.project;

import java.io.Serializable;

/**
 * The filters of the projects list; a null member does not filter.
 *
 * @param platformCode the platform (required)
 * @param state        a state
 * @param communeCode  a commune's INSEE code
 * @param field        a field of action
 * @param sessionId    a session where the projects were on the agenda
 * @param organisationId an organisation asked for advice on the projects or to which they were oriented (what a
 *                     partner's member may see)
 * @param reached      the projects behind a figure of the statistics
 * @param oldestFirst  in the order they were received rather than newest first
 */
public record ProjectFilter(String platformCode, ProjectState state, String communeCode, Field field, Long sessionId,
        Long organisationId, MilestoneFilter reached, boolean oldestFirst) implements Serializable {

    public ProjectFilter(String platformCode, ProjectState state, String communeCode, Field field, Long sessionId,
            Long organisationId, MilestoneFilter reached) {
        this(platformCode, state, communeCode, field, sessionId, organisationId, reached, false);
    }

    public ProjectFilter(String platformCode, ProjectState state, String communeCode, Field field) {
        this(platformCode, state, communeCode, field, null, null, null);
    }

    public ProjectFilter(String platformCode, ProjectState state, String communeCode, Field field, Long sessionId,
            Long organisationId) {
        this(platformCode, state, communeCode, field, sessionId, organisationId, null);
    }

    public ProjectFilter involving(Long organisation) {
        return new ProjectFilter(platformCode, state, communeCode, field, sessionId, organisation, reached, oldestFirst);
    }

    public ProjectFilter reaching(MilestoneFilter milestone) {
        return new ProjectFilter(platformCode, state, communeCode, field, sessionId, organisationId, milestone,
                oldestFirst);
    }

    public ProjectFilter inReceptionOrder() {
        return new ProjectFilter(platformCode, state, communeCode, field, sessionId, organisationId, reached, true);
    }
}
