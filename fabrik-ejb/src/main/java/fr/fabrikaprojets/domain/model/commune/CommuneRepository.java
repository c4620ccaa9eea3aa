package fr.fabrikaprojets.domain.model.commune;

import java.util.List;
import java.util.Optional;

public interface CommuneRepository {

    Optional<Commune> find(String inseeCode);

    /** The communes of one platform's territory, by name; a territory has a few dozen, never more than a few hundred. */
    List<Commune> ofPlatform(String platformCode);

    void store(Commune commune);
}
