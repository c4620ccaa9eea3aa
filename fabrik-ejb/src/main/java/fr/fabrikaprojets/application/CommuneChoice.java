package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.commune.Commune;
import java.io.Serializable;

/**
 * A commune as the lists' filters offer it: its code and names only, and immutable, so that one copy serves every
 * page of every visitor. A class with getters rather than a record, because Faces pages read bean properties only.
 */
public final class CommuneChoice implements Choice, Serializable {

    private static final long serialVersionUID = 1L;

    private final String inseeCode;
    private final String name;
    private final String postalCode;

    private CommuneChoice(String inseeCode, String name, String postalCode) {
        this.inseeCode = inseeCode;
        this.name = name;
        this.postalCode = postalCode;
    }

    public static CommuneChoice of(Commune commune) {
        return new CommuneChoice(commune.getInseeCode(), commune.getName(), commune.getPostalCode());
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public String getName() {
        return name;
    }

    public String getPostalCode() {
        return postalCode;
    }

    @Override
    public String value() {
        return inseeCode;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
