package fr.fabrikaprojets.domain.model.capitalisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ExperienceSheetRepository {

    void store(ExperienceSheet sheet);

    /** The sheet with its project, holder and commune. */
    Optional<ExperienceSheet> find(long id);

    Optional<ExperienceSheet> ofProject(long projectId);

    Optional<ExperienceSheet> findByHolderToken(String tokenHash);

    /** The ids of published sheets, most recently closed first. */
    List<Long> publishedIds(LibraryFilter filter, int first, int max);

    /** How many sheets are published, counted up to {@code cap} only. */
    long countPublished(LibraryFilter filter, long cap);

    /** These sheets in this order, with their project, holder, commune and fields. */
    List<ExperienceSheet> withIds(List<Long> ids);

    /** Published sheets of projects closed in [from, to), first closed first; at most {@code max}. */
    List<ExperienceSheet> publishedClosedIn(LibraryFilter filter, Instant from, Instant to, int max);

    /** Sheets the holder has not decided on yet, oldest first: the coordinator's to-do. */
    List<ExperienceSheet> undecided(String platformCode, int first, int max);

    long countUndecided(String platformCode);

    /** The sheets of several projects at once (the search index's batches). */
    List<ExperienceSheet> ofProjects(Collection<Long> projectIds);
}
