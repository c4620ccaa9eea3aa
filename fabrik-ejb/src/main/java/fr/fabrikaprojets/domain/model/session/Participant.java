package fr.fabrikaprojets.domain.model.session;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.util.Locale;

/**
 * Someone who registers, as the form gave them: checked once here (a name, a way to reach them, consent).
 *
 * @param organisation the partner organisation they represent, if any
 */
public record Participant(String name, String email, String phone, ParticipantKind kind, Organisation organisation,
        String consentVersion) {

    public Participant {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw BusinessException.invalid("Indiquez votre nom.");
        }
        if (name.length() > 120) {
            throw BusinessException.invalid("Le nom ne peut pas dépasser 120 caractères.");
        }
        email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+"))) {
            throw BusinessException.invalid("L’adresse e-mail « " + email + " » n’est pas valide.");
        }
        phone = phone == null ? null : phone.replaceAll("[^0-9+]", "");
        phone = phone == null || phone.isEmpty() ? null : phone;
        if (phone != null && phone.length() > 20) {
            throw BusinessException.invalid("Le numéro de téléphone est trop long.");
        }
        if (email == null && phone == null) {
            throw BusinessException.invalid("Indiquez une adresse e-mail ou un numéro de téléphone, pour être "
                    + "prévenu·e si la réunion change.");
        }
        if (kind == null) {
            throw BusinessException.invalid("Dites à quel titre vous venez.");
        }
        if (consentVersion == null) {
            throw BusinessException.invalid("Votre accord est nécessaire pour que la plateforme garde votre "
                    + "inscription.");
        }
    }
}
