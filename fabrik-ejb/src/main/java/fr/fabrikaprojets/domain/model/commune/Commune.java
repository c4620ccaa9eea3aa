package fr.fabrikaprojets.domain.model.commune;

import fr.fabrikaprojets.domain.model.platform.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * A commune of a platform's territory, identified by its INSEE code (a fact, so it is the key). The population is the
 * INSEE "population municipale" of {@code populationYear}, used for figures per 1,000 inhabitants.
 */
@Entity
@Table(name = "communes")
public class Commune implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "insee_code", length = 5)
    private String inseeCode;

    @Version
    private long version;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Column(nullable = false)
    private int population;

    @Column(name = "population_year", nullable = false)
    private int populationYear;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    protected Commune() {
    }

    public Commune(String inseeCode, String name, String postalCode, int population, int populationYear,
            Platform platform) {
        this.inseeCode = inseeCode;
        this.name = name;
        this.postalCode = postalCode;
        this.population = population;
        this.populationYear = populationYear;
        this.platform = platform;
    }

    /** Keeps the reference data up to date when a newer census is shipped. */
    public void updateCensus(String name, String postalCode, int population, int populationYear) {
        this.name = name;
        this.postalCode = postalCode;
        this.population = population;
        this.populationYear = populationYear;
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

    public int getPopulation() {
        return population;
    }

    public int getPopulationYear() {
        return populationYear;
    }

    public Platform getPlatform() {
        return platform;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Commune commune && inseeCode != null && inseeCode.equals(commune.inseeCode);
    }

    @Override
    public int hashCode() {
        return inseeCode == null ? 0 : inseeCode.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
