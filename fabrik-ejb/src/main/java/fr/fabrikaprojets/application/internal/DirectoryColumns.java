package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The French words of the directory's spreadsheets: column names and the labels of kinds, themes and offers, as the
 * export writes them and the import reads them (case and accents aside).
 */
final class DirectoryColumns {

    static final String SHORT_NAME = "nom_court";
    static final String FULL_NAME = "nom_complet";
    static final String KIND = "type";
    static final String SIREN = "siren";
    static final String ADDRESS = "adresse";
    static final String EMAIL = "courriel";
    static final String PHONE = "telephone";
    static final String COMMUNES = "communes";
    static final String THEMES = "thematiques";
    static final String OFFERS = "offres";
    static final String SIGNATORY_SINCE = "signataire_depuis";
    static final String[] ORGANISATION_COLUMNS = {SHORT_NAME, FULL_NAME, KIND, SIREN, ADDRESS, EMAIL, PHONE, COMMUNES,
        THEMES, OFFERS, SIGNATORY_SINCE};

    static final String NAME = "nom";
    static final String ORGANISATION = "organisation";
    static final String ROLE = "fonction";
    static final String[] PERSON_COLUMNS = {NAME, EMAIL, PHONE, ORGANISATION, ROLE};

    /** Written in the communes column for an organisation acting everywhere on the territory. */
    static final String WHOLE_TERRITORY = "tout le territoire";
    /** Separates several values in one cell. */
    static final String LIST_SEPARATOR = "|";

    static final Map<OrganisationKind, String> KINDS = new LinkedHashMap<>();
    static final Map<Field, String> THEME_LABELS = new LinkedHashMap<>();
    static final Map<Offer, String> OFFER_LABELS = new LinkedHashMap<>();

    static {
        KINDS.put(OrganisationKind.INSTITUTION, "institution");
        KINDS.put(OrganisationKind.PUBLIC_BODY, "collectivité");
        KINDS.put(OrganisationKind.ASSOCIATION, "association");
        KINDS.put(OrganisationKind.SOCIAL_CENTRE, "centre social");
        KINDS.put(OrganisationKind.CCAS, "CCAS");
        KINDS.put(OrganisationKind.FOUNDATION, "fondation");
        KINDS.put(OrganisationKind.NETWORK, "réseau");
        KINDS.put(OrganisationKind.OTHER, "autre");
        THEME_LABELS.put(Field.SOLIDARITY_ECONOMY, "économie solidaire");
        THEME_LABELS.put(Field.SOCIAL, "social");
        THEME_LABELS.put(Field.CULTURE, "culture");
        THEME_LABELS.put(Field.SPORT, "sport");
        THEME_LABELS.put(Field.ENVIRONMENT, "environnement");
        THEME_LABELS.put(Field.HEALTH, "santé");
        THEME_LABELS.put(Field.EDUCATION, "éducation");
        THEME_LABELS.put(Field.OTHER, "autre");
        OFFER_LABELS.put(Offer.FUNDING, "financement");
        OFFER_LABELS.put(Offer.ADVICE, "conseil");
        OFFER_LABELS.put(Offer.PREMISES, "locaux");
        OFFER_LABELS.put(Offer.EQUIPMENT, "matériel");
        OFFER_LABELS.put(Offer.TRAINING, "formation");
        OFFER_LABELS.put(Offer.VOLUNTEERS, "bénévoles");
    }

    private DirectoryColumns() {
    }

    /** The value whose label (or constant name) reads as {@code text}, or null. */
    static <E extends Enum<E>> E lookup(Map<E, String> labels, String text) {
        String wanted = CsvTable.plain(text);
        for (Map.Entry<E, String> label : labels.entrySet()) {
            if (CsvTable.plain(label.getValue()).equals(wanted)
                    || label.getKey().name().equalsIgnoreCase(text.strip())) {
                return label.getKey();
            }
        }
        if (labels == KINDS) {
            OrganisationKind reference = OrganisationKind.fromReferenceLabel(text);
            if (reference != OrganisationKind.OTHER || "other".equals(wanted)) {
                @SuppressWarnings("unchecked")
                E kind = (E) reference;
                return kind;
            }
        }
        return null;
    }
}
