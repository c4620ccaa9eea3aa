package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import java.io.Serializable;
import java.util.List;

/**
 * An organisation as a row of the directory shows it, immutable so that one page of them serves every reader until
 * the network changes; its themes and offers in the order of their enumerations. A class with getters rather than a
 * record, because Faces pages read bean properties only.
 */
public final class OrganisationSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String shortName;
    private final String fullName;
    private final OrganisationKind kind;
    private final List<Field> themes;
    private final List<Offer> offers;
    private final boolean signatory;

    private OrganisationSummary(Organisation organisation) {
        id = organisation.getId();
        shortName = organisation.getShortName();
        fullName = organisation.getFullName();
        kind = organisation.getKind();
        themes = organisation.getThemes().stream().sorted().toList();
        offers = organisation.getOffers().stream().sorted().toList();
        signatory = organisation.isSignatory();
    }

    public static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(organisation);
    }

    public long getId() {
        return id;
    }

    public String getShortName() {
        return shortName;
    }

    public String getFullName() {
        return fullName;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public List<Field> getThemes() {
        return themes;
    }

    public List<Offer> getOffers() {
        return offers;
    }

    public boolean isSignatory() {
        return signatory;
    }
}
