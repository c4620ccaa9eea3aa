package fr.fabrikaprojets.domain.model.resource;

import fr.fabrikaprojets.domain.shared.BusinessException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A resource as its owner describes it. Rooms have a capacity and say whether a wheelchair gets in; funding
 * programmes have an amount range, a deadline and who is eligible in plain words.
 */
public record ResourceDetails(ResourceKind kind, String name, String description, String inseeCode,
        Integer capacity, boolean wheelchairAccessible, Integer amountMin, Integer amountMax, LocalDate deadline,
        String eligibility) implements Serializable {

    public ResourceDetails {
        if (kind == null) {
            throw BusinessException.invalid("Choisissez le type de ressource.");
        }
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 150) {
            throw BusinessException.invalid("Indiquez le nom de la ressource (150 caractères au plus).");
        }
        description = text(description, "la description", 2000);
        eligibility = text(eligibility, "les conditions d’éligibilité", 1000);
        inseeCode = inseeCode == null || inseeCode.isBlank() ? null : inseeCode.strip();
        if (capacity != null && (capacity < 1 || capacity > 10_000)) {
            throw BusinessException.invalid("La capacité d’une salle va de 1 à 10 000 personnes.");
        }
        if (kind == ResourceKind.ROOM && capacity == null) {
            throw BusinessException.invalid("Indiquez combien de personnes la salle accueille.");
        }
        if (kind == ResourceKind.ROOM && inseeCode == null) {
            throw BusinessException.invalid("Indiquez la commune où se trouve la salle.");
        }
        if (amountMin != null && amountMin < 0 || amountMax != null && amountMax < 0) {
            throw BusinessException.invalid("Un montant ne peut pas être négatif.");
        }
        if (amountMin != null && amountMax != null && amountMin > amountMax) {
            throw BusinessException.invalid("Le montant minimum dépasse le montant maximum.");
        }
        if (kind != ResourceKind.ROOM) {
            capacity = null;
            wheelchairAccessible = false;
        }
        if (kind != ResourceKind.FUNDING) {
            amountMin = null;
            amountMax = null;
            deadline = null;
            eligibility = null;
        }
    }

    private static String text(String value, String what, int max) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > max) {
            throw BusinessException.invalid("Raccourcissez " + what + " : " + max + " caractères au plus.");
        }
        return text;
    }
}
