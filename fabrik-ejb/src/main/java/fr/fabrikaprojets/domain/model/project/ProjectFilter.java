package fr.fabrikaprojets.domain.model.project;

import java.io.Serializable;

/**
 * The filters of the projects list; a null member does not filter.
 *
 * @param platformCode the platform (required)
 * @param state        a state
 * @param communeCode  a commune's INSEE code
 * @param field        a field of action
 */
public record ProjectFilter(String platformCode, ProjectState state, String communeCode, Field field)
        implements Serializable {
}
