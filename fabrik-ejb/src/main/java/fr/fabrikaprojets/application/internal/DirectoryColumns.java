package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.internal.CsvTable.Column;
import fr.fabrikaprojets.application.statistics.ReportTexts;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the directory's spreadsheets: column names and the labels of kinds, themes and offers. The export
 * writes them in its reader's language; the import reads a file in either language (case and accents aside), so that
 * a file exported by an English reader imports for a French one. Column names are a file format, fixed here in both
 * languages rather than in a bundle that a translation could change under existing files.
 */
final class DirectoryColumns {

    static final Column SHORT_NAME = new Column("nom_court", "short_name");
    static final Column FULL_NAME = new Column("nom_complet", "full_name");
    static final Column KIND = new Column("type", "kind");
    static final Column SIREN = new Column("siren", "siren");
    static final Column ADDRESS = new Column("adresse", "address");
    static final Column EMAIL = new Column("courriel", "email");
    static final Column PHONE = new Column("telephone", "phone");
    static final Column COMMUNES = new Column("communes", "communes");
    static final Column THEMES = new Column("thematiques", "themes");
    static final Column OFFERS = new Column("offres", "offers");
    static final Column SIGNATORY_SINCE = new Column("signataire_depuis", "signatory_since");
    static final List<Column> ORGANISATION_COLUMNS = List.of(SHORT_NAME, FULL_NAME, KIND, SIREN, ADDRESS, EMAIL,
            PHONE, COMMUNES, THEMES, OFFERS, SIGNATORY_SINCE);

    static final Column NAME = new Column("nom", "name");
    static final Column ORGANISATION = new Column("organisation", "organisation");
    static final Column ROLE = new Column("fonction", "role");
    static final List<Column> PERSON_COLUMNS = List.of(NAME, EMAIL, PHONE, ORGANISATION, ROLE);

    /** Written in the communes column for an organisation acting everywhere on the territory. */
    private static final Column WHOLE_TERRITORY = new Column("tout le territoire", "whole territory");
    /** Separates several values in one cell. */
    static final String LIST_SEPARATOR = "|";

    /** The French labels; the English ones are the reports' {@code label.*}. */
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

    private static final ReportTexts ENGLISH = ReportTexts.in("en");

    private final ReportTexts texts;

    private DirectoryColumns(String language) {
        this.texts = ReportTexts.in(language);
    }

    /** The words in the reader's language ("fr", "en"). */
    static DirectoryColumns in(String language) {
        return new DirectoryColumns(language);
    }

    String name(Column column) {
        return column.in(texts.english());
    }

    List<String> names(List<Column> columns) {
        return columns.stream().map(this::name).toList();
    }

    boolean english() {
        return texts.english();
    }

    String text(String key) {
        return texts.text(key);
    }

    String wholeTerritory() {
        return WHOLE_TERRITORY.in(texts.english());
    }

    /** A kind, theme or offer in the reader's language. */
    <E extends Enum<E>> String label(Map<E, String> frenchLabels, E value) {
        return texts.label(value, frenchLabels.get(value));
    }

    /** Every label of a kind of value in the reader's language, for a refusal that lists what a cell may hold. */
    <E extends Enum<E>> String choices(Map<E, String> frenchLabels) {
        return String.join(", ", frenchLabels.keySet().stream().map(value -> label(frenchLabels, value)).toList());
    }

    /** Whether a communes cell says "the whole territory", in either language. */
    static boolean wholeTerritory(String text) {
        String wanted = CsvTable.plain(text);
        return wanted.equals(CsvTable.plain(WHOLE_TERRITORY.french()))
                || wanted.equals(CsvTable.plain(WHOLE_TERRITORY.english()));
    }

    /** The value whose French or English label (or constant name) reads as {@code text}, or null. */
    static <E extends Enum<E>> E lookup(Map<E, String> frenchLabels, String text) {
        String wanted = CsvTable.plain(text);
        for (Map.Entry<E, String> label : frenchLabels.entrySet()) {
            if (CsvTable.plain(label.getValue()).equals(wanted)
                    || CsvTable.plain(ENGLISH.label(label.getKey(), label.getValue())).equals(wanted)
                    || label.getKey().name().equalsIgnoreCase(text.strip())) {
                return label.getKey();
            }
        }
        return null;
    }
}
