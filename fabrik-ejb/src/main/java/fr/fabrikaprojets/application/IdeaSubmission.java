package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/**
 * What the form "Une idée ? Un projet ?" collects, from the holder or from the coordinator on their behalf. Texts
 * may not contain markup characters: a title is a title, not a script.
 */
public record IdeaSubmission(
        @NotNull(message = "Indiquez qui porte l’idée : des habitants, une association ou un groupe.")
        HolderKind holderKind,
        @NotBlank(message = "Indiquez votre nom, ou celui de votre groupe ou association.")
        @Size(max = 200, message = "Le nom ne peut pas dépasser 200 caractères.")
        @Pattern(regexp = NO_MARKUP, message = "Le nom ne peut pas contenir les caractères < et >.")
        String holderName,
        @Size(max = 120, message = "Le nom de la personne à contacter ne peut pas dépasser 120 caractères.")
        @Pattern(regexp = NO_MARKUP, message = "Le nom de la personne à contacter ne peut pas contenir < ni >.")
        String contactName,
        @Email(message = "L’adresse e-mail n’est pas valide.")
        @Size(max = 254, message = "L’adresse e-mail ne peut pas dépasser 254 caractères.")
        String email,
        @Pattern(regexp = "(\\+33 ?|0)[1-9]( ?\\d{2}){4}",
                message = "Le numéro de téléphone doit compter 10 chiffres, par exemple 03 21 71 44 33.")
        String phone,
        @NotBlank(message = "Donnez un titre à votre idée.")
        @Size(max = 200, message = "Le titre ne peut pas dépasser 200 caractères.")
        @Pattern(regexp = NO_MARKUP, message = "Le titre ne peut pas contenir les caractères < et >.")
        String title,
        @NotBlank(message = "Décrivez votre idée avec vos mots.")
        @Size(max = 4000, message = "La description de l’idée ne peut pas dépasser 4 000 caractères.")
        @Pattern(regexp = NO_MARKUP, message = "La description ne peut pas contenir les caractères < et >.")
        String idea,
        @NotBlank(message = "Dites en quoi l’idée est collective : pour qui, avec qui.")
        @Size(max = 2000, message = "La visée collective ne peut pas dépasser 2 000 caractères.")
        @Pattern(regexp = NO_MARKUP, message = "La visée collective ne peut pas contenir les caractères < et >.")
        String collectiveAim,
        @NotEmpty(message = "Choisissez au moins un domaine.")
        Set<Field> fields,
        @NotBlank(message = "Choisissez la commune du projet.")
        String communeCode,
        @Size(max = 120, message = "Le quartier ne peut pas dépasser 120 caractères.")
        @Pattern(regexp = NO_MARKUP, message = "Le quartier ne peut pas contenir les caractères < et >.")
        String neighbourhood,
        @Size(max = 2000, message = "La participation des habitants ne peut pas dépasser 2 000 caractères.")
        @Pattern(regexp = NO_MARKUP, message = "La participation des habitants ne peut pas contenir < ni >.")
        String inhabitantsParticipation,
        Set<Need> needs,
        @AssertTrue(message = "Votre accord est nécessaire pour que la plateforme enregistre et traite ces informations.")
        boolean consent) implements Serializable {

    /** Anything but the characters that open or close markup. */
    public static final String NO_MARKUP = "[^<>]*";

    /** The version of the consent text shown on the form; recorded with each consent. */
    public static final String CONSENT_TEXT_VERSION = "2026-11";
}
