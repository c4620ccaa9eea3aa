package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.search.SearchDocument;
import fr.fabrikaprojets.application.search.SearchIndex;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the search index up to date from the database: one project after each change (on its own thread, once the
 * change is committed), or every project, in batches, when the index is new.
 */
@Stateless
// Internal machinery, called by the container and by services, never by users: open to any caller.
@PermitAll
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    private static final int BATCH = 500;

    @Inject
    private ProjectRepository projects;

    @Inject
    private SearchDocuments documents;

    @Inject
    private SearchIndex index;

    @Resource
    private SessionContext context;

    @Asynchronous
    public void reindexLater(long projectId) {
        reindex(projectId);
        index.commit();
    }

    @Asynchronous
    public void rebuildLater() {
        rebuild();
    }

    /** These projects read again, in batches, on their own thread. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void catchUpLater(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            self().reindexBatch(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        index.commit();
        LOG.info("Index de recherche rattrapé : " + ids.size() + " projets modifiés pendant l’absence de ce serveur.");
    }

    /** Every project, in batches of {@value #BATCH} (each its own transaction); answers how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rebuild() {
        long started = System.nanoTime();
        index.clear();
        int count = 0;
        long last = 0;
        while (true) {
            List<Long> ids = projects.idsAfter(last, BATCH);
            if (ids.isEmpty()) {
                break;
            }
            self().reindexBatch(ids);
            count += ids.size();
            last = ids.get(ids.size() - 1);
        }
        index.commit();
        LOG.info("Index de recherche prêt : " + count + " projets indexés en "
                + (System.nanoTime() - started) / 1_000_000 + " ms.");
        return count;
    }

    /** A batch in one transaction and five statements: its projects, then each kind of text of them all. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reindexBatch(List<Long> ids) {
        Map<Long, List<SearchDocument>> found = documents.of(projects.findAll(ids));
        ids.forEach(id -> index.replaceProject(id, found.getOrDefault(id, List.of())));
    }

    private void reindex(long projectId) {
        index.replaceProject(projectId, projects.find(projectId).map(documents::of).orElse(List.of()));
    }

    /** Through the container, so that each batch gets its own transaction. */
    private SearchIndexer self() {
        return context.getBusinessObject(SearchIndexer.class);
    }
}
