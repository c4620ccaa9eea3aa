package fr.fabrikaprojets.domain.model.capitalisation;

/** The holder's decision on their experience sheet; labels under {@code sheet.publication.NAME}. */
public enum Publication {
    /** Kept for the platform's team only. */
    NOT_PUBLISHED,
    /** In the library, under the holder's name. */
    NAMED,
    /** In the library, without the holder's name. */
    ANONYMOUS;

    public boolean isPublished() {
        return this != NOT_PUBLISHED;
    }
}
