package fr.fabrikaprojets.domain.model.project;

/** Who carries the idea: one or more inhabitants, an association (loi 1901), or an informal group. */
public enum HolderKind {
    INHABITANTS,
    ASSOCIATION,
    INFORMAL_GROUP
}
