package fr.fabrikaprojets.domain.model.capitalisation;

/**
 * The holder's decision on their experience sheet; labels under {@code sheet.publication.NAME}. The library is read by
 * the partners of the network; a holder may also open their sheet to everyone, on the public library.
 */
public enum Publication {
    /** Kept for the platform's team only. */
    NOT_PUBLISHED,
    /** In the network's library, under the holder's name. */
    NAMED,
    /** In the network's library, without the holder's name. */
    ANONYMOUS,
    /** In the library for everyone, public pages included, under the holder's name. */
    PUBLIC_NAMED,
    /** In the library for everyone, public pages included, without the holder's name. */
    PUBLIC_ANONYMOUS;

    public boolean isPublished() {
        return this != NOT_PUBLISHED;
    }

    /** Readable by anyone, not only by the network. */
    public boolean isPublic() {
        return this == PUBLIC_NAMED || this == PUBLIC_ANONYMOUS;
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS || this == PUBLIC_ANONYMOUS;
    }

    public boolean isNamed() {
        return this == NAMED || this == PUBLIC_NAMED;
    }
}
