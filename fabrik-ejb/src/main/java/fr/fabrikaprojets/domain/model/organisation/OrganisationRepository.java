package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.project.Field;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public interface OrganisationRepository {

    Optional<Organisation> findByShortName(String platformCode, String shortName);

    /** One page of a platform's signatory partners, by short name. */
    List<Organisation> signatories(String platformCode, int first, int max);

    void store(Organisation organisation);

    Optional<Organisation> find(long id);

    /** One page of all the organisations of a platform's network, by short name. */
    List<Organisation> ofPlatform(String platformCode, int first, int max);

    /** The ids of the organisations the filter finds, by short name, from {@code first}, at most {@code max}. */
    List<Long> matchingIds(DirectoryFilter filter, int first, int max);

    long countMatching(DirectoryFilter filter);

    /** These organisations in the order of their ids, with themes, offers and communes read in a batch. */
    List<Organisation> withIds(List<Long> ids);

    /** The next organisations by short name after {@code lastShortName} (null: from the start); for exports. */
    List<Organisation> after(String platformCode, String lastShortName, int max);

    /**
     * Stale records to remind: never confirmed or confirmed before {@code before}, not reminded since
     * {@code remindedBefore}, with at least one member account; never-confirmed first; at most {@code max}.
     */
    List<Organisation> toRemind(String platformCode, Instant before, Instant remindedBefore, int max);

    /** Records never confirmed (first), or confirmed before {@code before}: oldest first, a page. */
    List<Organisation> notConfirmedSince(String platformCode, Instant before, int first, int max);

    long countNotConfirmedSince(String platformCode, Instant before);

    /** The short names of a platform's organisations (at most {@code max}); an import checks its lines against them. */
    Set<String> shortNames(String platformCode, int max);

    /** The organisations of a platform with these short names, by short name; for imports. */
    Map<String, Organisation> byShortNames(String platformCode, Collection<String> shortNames);

    /** Competent organisations per commune and theme (those acting everywhere list every commune). */
    List<CoverageCount> coverage(String platformCode);

    /**
     * Organisations that may help a project: competent in one of the themes, or offering one of the offers, and
     * acting in the commune; at most {@code max}, with their themes, offers and communes.
     */
    List<Organisation> candidates(String platformCode, Set<Field> themes, Set<Offer> offers, String inseeCode,
            int max);
}
