package fr.fabrikaprojets.domain.model.presentation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PresentationRepository {

    Optional<Presentation> find(long id);

    Optional<Presentation> findByHolderToken(String tokenHash);

    void store(Presentation presentation);

    void remove(Presentation presentation);

    /**
     * The agenda of a session, its row locked until the transaction ends, so that two bookings at the same time
     * cannot both take the last minutes. Presentations come with their project and holder.
     */
    Agenda lockedAgenda(long sessionId);

    /** A session's agenda, read only. */
    Agenda agenda(long sessionId);

    /** A project's presentations, most recent session first, with their session; at most {@code max}. */
    List<Presentation> ofProject(long projectId, int max);

    /** The presentations of several projects at once (the search index's batches). */
    List<Presentation> ofProjects(Collection<Long> projectIds);
}
