package fr.fabrikaprojets.domain.model.orientation;

/** The holder's answer, afterwards, to "cette orientation vous a-t-elle été utile ?". */
public enum Usefulness {
    USEFUL,
    NOT_USEFUL
}
