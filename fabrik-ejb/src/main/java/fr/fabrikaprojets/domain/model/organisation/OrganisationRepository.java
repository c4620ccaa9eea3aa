package fr.fabrikaprojets.domain.model.organisation;

import java.util.List;
import java.util.Optional;

public interface OrganisationRepository {

    Optional<Organisation> findByShortName(String platformCode, String shortName);

    /** One page of a platform's signatory partners, by short name. */
    List<Organisation> signatories(String platformCode, int first, int max);

    void store(Organisation organisation);

    Optional<Organisation> find(long id);

    /** One page of all the organisations of a platform's network, by short name. */
    List<Organisation> ofPlatform(String platformCode, int first, int max);
}
