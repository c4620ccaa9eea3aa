package fr.fabrikaprojets.domain.model.advice;

public enum Visibility {
    /** Read by the platform's staff only, never by the holder nor other partners. */
    CONFIDENTIAL,
    /** Read by the holder too, who may reply. */
    SHARED
}
