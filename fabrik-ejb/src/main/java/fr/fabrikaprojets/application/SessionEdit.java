package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.session.SessionMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the coordinator's form says of a session. {@code communeCode} empty means "Lieu à déterminer".
 * {@code version} is the version the form was loaded with: if someone saved in between, the edit is refused.
 */
public record SessionEdit(
        long sessionId,
        long version,
        @NotNull(message = "La date de la réunion est obligatoire.") LocalDate date,
        @NotNull(message = "L'heure de début est obligatoire.") LocalTime startTime,
        @NotNull(message = "L'heure de fin est obligatoire.") LocalTime endTime,
        @Pattern(regexp = "\\d[0-9AB]\\d{3}", message = "Le code INSEE de la commune doit compter 5 caractères.")
        String communeCode,
        @Size(max = 200, message = "Le nom du lieu ne peut pas dépasser 200 caractères.") String venue,
        @Size(max = 300, message = "L'adresse ne peut pas dépasser 300 caractères.") String address,
        @NotNull(message = "Le mode de la réunion est obligatoire.") SessionMode mode,
        @Size(max = 500, message = "Le lien de visioconférence ne peut pas dépasser 500 caractères.") String videoLink)
        implements Serializable {
}
