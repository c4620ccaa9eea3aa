package fr.fabrikaprojets.domain.model.organisation;

/** What an organisation is; the French label lives in the resource bundle under {@code organisation.kind.NAME}. */
public enum OrganisationKind {
    INSTITUTION,
    PUBLIC_BODY,
    ASSOCIATION,
    SOCIAL_CENTRE,
    CCAS,
    FOUNDATION,
    NETWORK,
    OTHER;

    /** Reads the {@code kind} column of the reference file ({@code public body}, {@code network}…). */
    public static OrganisationKind fromReferenceLabel(String label) {
        return switch (label == null ? "" : label.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "institution" -> INSTITUTION;
            case "public body" -> PUBLIC_BODY;
            case "association" -> ASSOCIATION;
            case "social centre", "centre social" -> SOCIAL_CENTRE;
            case "ccas" -> CCAS;
            case "foundation", "fondation" -> FOUNDATION;
            case "network", "réseau" -> NETWORK;
            default -> OTHER;
        };
    }
}
