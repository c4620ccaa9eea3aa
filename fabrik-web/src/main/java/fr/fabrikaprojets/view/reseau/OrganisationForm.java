package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.OrganisationPage;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.view.FormValues;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What the organisation form holds, as strings, until it becomes a profile the service checks. */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String shortName;
    private String fullName;
    private String kind;
    private String siren;
    private String address;
    private String email;
    private String phone;
    private boolean wholeTerritory;
    private List<String> communes = new ArrayList<>();
    private List<String> themes = new ArrayList<>();
    private List<String> offers = new ArrayList<>();
    private String signatorySince;

    static OrganisationForm of(OrganisationPage organisation) {
        OrganisationForm form = new OrganisationForm();
        form.shortName = organisation.getShortName();
        form.fullName = organisation.getFullName();
        form.kind = organisation.getKind().name();
        form.siren = organisation.getSiren();
        form.address = organisation.getAddress();
        form.email = organisation.getEmail();
        form.phone = organisation.getPhone();
        form.wholeTerritory = organisation.isWholeTerritory();
        form.communes = new ArrayList<>(organisation.getCommunes());
        form.themes = organisation.getThemes().stream().map(Enum::name).toList();
        form.offers = organisation.getOffers().stream().map(Enum::name).toList();
        form.signatorySince = Objects.toString(organisation.getSignatorySince(), null);
        return form;
    }

    OrganisationProfile profile() {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        themes.stream().map(value -> FormValues.parse(Field.class, value)).filter(Objects::nonNull)
                .forEach(fields::add);
        Set<Offer> offered = EnumSet.noneOf(Offer.class);
        offers.stream().map(value -> FormValues.parse(Offer.class, value)).filter(Objects::nonNull)
                .forEach(offered::add);
        return new OrganisationProfile(shortName, fullName, FormValues.parse(OrganisationKind.class, kind), siren,
                address, email, phone, wholeTerritory, new TreeSet<>(communes), fields, offered, since());
    }

    private LocalDate since() {
        if (signatorySince == null || signatorySince.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(signatorySince.strip());
        } catch (DateTimeParseException unreadable) {
            throw BusinessException.invalid("La date de signature de la charte est illisible.");
        }
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isWholeTerritory() {
        return wholeTerritory;
    }

    public void setWholeTerritory(boolean wholeTerritory) {
        this.wholeTerritory = wholeTerritory;
    }

    public List<String> getCommunes() {
        return communes;
    }

    public void setCommunes(List<String> communes) {
        this.communes = communes == null ? new ArrayList<>() : new ArrayList<>(communes);
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
    }

    public List<String> getOffers() {
        return offers;
    }

    public void setOffers(List<String> offers) {
        this.offers = offers == null ? new ArrayList<>() : new ArrayList<>(offers);
    }

    public String getSignatorySince() {
        return signatorySince;
    }

    public void setSignatorySince(String signatorySince) {
        this.signatorySince = signatorySince;
    }
}
