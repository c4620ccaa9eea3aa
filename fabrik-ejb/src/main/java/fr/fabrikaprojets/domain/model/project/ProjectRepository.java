package fr.fabrikaprojets.domain.model.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface ProjectRepository {

    /** The project with its holder and commune. */
    Optional<Project> find(long id);

    /** The project with its holder, commune, fields and needs, in one read: what its page shows. */
    Optional<Project> findWhole(long id);

    void store(ProjectHolder holder);

    void store(Project project);

    /** The ids of a page of projects matching the filter, in the list's order (most recent first by default). */
    List<Long> matchingIds(ProjectFilter filter, int first, int max);

    /** These projects with holder and commune, in the order of the ids. */
    List<Project> withIds(List<Long> ids);

    /** How many projects match, counting no further than {@code cap}. */
    long countMatching(ProjectFilter filter, long cap);

    /** A page of projects matching the filter with holder, commune, fields and needs, in one statement (exports). */
    List<Project> matchingWithFieldsAndNeeds(ProjectFilter filter, int first, int max);

    /**
     * Projects of the same commune whose title shares a significant word with {@code title}, or whose holder has the
     * same name, e-mail address or phone number; at most {@code max}.
     */
    List<Project> similar(String platformCode, String communeCode, List<String> titleWords, String holderName,
            String email, String phone, int max);

    /** How many ideas the public form received from one address since a moment (the per-address limit). */
    long countSubmittedFrom(String address, Instant since);

    void record(TimelineEvent event);

    List<TimelineEvent> timeline(long projectId, int first, int max);

    long countTimeline(long projectId);

    void store(Action action);

    Optional<Action> findAction(long id);

    /** A project's actions, open first then by due date; at most {@code max}. */
    List<Action> actions(long projectId, int max);

    /** Open actions of a platform due before {@code today}, the oldest first, with their project. */
    List<Action> overdueActions(String platformCode, LocalDate today, int first, int max);

    long countOverdueActions(String platformCode, LocalDate today);

    /** Open projects (not realised, abandoned nor reoriented) with nothing recorded since {@code before}, a page. */
    List<Project> inactiveSince(String platformCode, Instant before, int first, int max);

    long countInactiveSince(String platformCode, Instant before, long cap);

    /** The projects of every holder reached at this e-mail address or phone number (either may be null). */
    List<Project> ofHolderContact(String email, String phone, int max);

    /** Projects whose holder is still named and which have not moved since {@code before}, least recent first. */
    List<Project> withHolderInactiveSince(Instant before, int first, int max);

    long countWithHolderInactiveSince(Instant before);

    /**
     * Numbers of the projects whose timeline moved or whose holder was anonymised since {@code since}, at most
     * {@code max}: what a search index made durable at that time may not hold yet.
     */
    List<Long> idsChangedSince(Instant since, int max);

    /** Project numbers after {@code afterId}, in order: to walk every project in batches (the search index). */
    List<Long> idsAfter(long afterId, int max);

    /** These projects with their holder, commune and platform, in one statement (the search index's batches). */
    List<Project> findAll(Collection<Long> ids);

    /** Every project of every platform: what the search index should hold. */
    long countAll();
}
