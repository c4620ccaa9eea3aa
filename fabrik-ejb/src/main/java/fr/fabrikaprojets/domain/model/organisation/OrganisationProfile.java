package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the directory says of an organisation, as its members or the coordinator write it. Communes are INSEE codes;
 * {@code wholeTerritory} means every commune of the platform, as the CAF or the Département cover: the services then
 * list them all ({@link #coveringAll}), so that every query about a commune reads the communes alone.
 */
public record OrganisationProfile(String shortName, String fullName, OrganisationKind kind, String siren,
        String address, String email, String phone, boolean wholeTerritory, Set<String> communes, Set<Field> themes,
        Set<Offer> offers, LocalDate signatorySince) implements Serializable {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "\\+?[0-9 .]{6,20}";

    public OrganisationProfile {
        shortName = required(shortName, "le nom court", 120);
        fullName = required(fullName, "le nom complet", 300);
        if (kind == null) {
            throw BusinessException.invalid("Choisissez le type d’organisation.");
        }
        siren = blankToNull(siren);
        if (siren != null) {
            siren = siren.replace(" ", "");
            if (!Siren.isValid(siren)) {
                throw BusinessException.invalid("Le numéro SIREN « " + siren
                        + " » n'est pas valide : il faut 9 chiffres et une clé de contrôle correcte.");
            }
        }
        address = optional(address, "l’adresse", 300);
        email = optional(email, "le courriel", 254);
        if (email != null && !email.matches(EMAIL)) {
            throw BusinessException.invalid("Le courriel « " + email + " » n'est pas une adresse valide.");
        }
        phone = optional(phone, "le téléphone", 20);
        if (phone != null && !phone.matches(PHONE)) {
            throw BusinessException.invalid("Le téléphone « " + phone + " » n'est pas valide : 6 à 20 chiffres, "
                    + "espaces ou points.");
        }
        communes = communes == null ? new TreeSet<>() : new TreeSet<>(communes);
        themes = themes == null || themes.isEmpty() ? EnumSet.noneOf(Field.class) : EnumSet.copyOf(themes);
        offers = offers == null || offers.isEmpty() ? EnumSet.noneOf(Offer.class) : EnumSet.copyOf(offers);
    }

    /** The same profile with the charter signed on {@code since} (null: not a signatory). */
    public OrganisationProfile signedOn(LocalDate since) {
        return new OrganisationProfile(shortName, fullName, kind, siren, address, email, phone, wholeTerritory,
                communes, themes, offers, since);
    }

    /** The same profile acting in every one of these communes (the platform's), when it covers the whole territory. */
    public OrganisationProfile coveringAll(Set<String> territory) {
        return wholeTerritory ? new OrganisationProfile(shortName, fullName, kind, siren, address, email, phone, true,
                territory, themes, offers, signatorySince) : this;
    }

    private static String required(String value, String what, int max) {
        String text = blankToNull(value);
        if (text == null) {
            throw BusinessException.invalid("Indiquez " + what + " de l’organisation.");
        }
        return bounded(text, what, max);
    }

    private static String optional(String value, String what, int max) {
        String text = blankToNull(value);
        return text == null ? null : bounded(text, what, max);
    }

    private static String bounded(String text, String what, int max) {
        if (text.length() > max) {
            throw BusinessException.invalid("Raccourcissez " + what + " : " + max + " caractères au plus.");
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
