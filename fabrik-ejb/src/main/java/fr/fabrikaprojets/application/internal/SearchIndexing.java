package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.cluster.NodeNews;
import fr.fabrikaprojets.application.cluster.OtherNodes;
import fr.fabrikaprojets.application.search.SearchIndex;
import fr.fabrikaprojets.domain.model.project.ProjectChanged;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the search index following the database: a project is reindexed once a change to it commits, on this node
 * and on the others of a cluster; at start-up, an index that does not count the database's projects (a new server, a
 * restored or generated database) is rebuilt on its own thread, and one that does reads again the projects changed
 * since it was last made durable.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// Internal machinery, called by the container and by services, never by users: open to any caller.
@PermitAll
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);
    /** Beyond this many changed projects, rebuilding the index is as quick as reading them one batch after another. */
    private static final int MAX_CATCH_UP = 20_000;

    @EJB
    private SearchIndexer indexer;

    @Inject
    private SearchIndex index;

    @Inject
    private ProjectRepository projects;

    @Inject
    private OtherNodes otherNodes;

    @PostConstruct
    void atStartUp() {
        long indexed = index.projects();
        long stored = projects.countAll();
        if (indexed != stored) {
            LOG.info("Index de recherche : " + indexed + " projets indexés pour " + stored
                    + " dans la base ; reconstruction.");
            indexer.rebuildLater();
            return;
        }
        LOG.info("Index de recherche prêt : " + indexed + " projets, " + index.size() + " documents.");
        // Changes made while this server was down (through another node of a cluster, or a restored database); the
        // margin covers clocks of nodes a little apart.
        index.committedAt().ifPresent(committed -> {
            List<Long> changed = projects.idsChangedSince(committed.minus(CLOCK_MARGIN), MAX_CATCH_UP + 1);
            if (changed.size() > MAX_CATCH_UP) {
                indexer.rebuildLater();
            } else if (!changed.isEmpty()) {
                indexer.catchUpLater(changed);
            }
        });
    }

    public void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectChanged changed) {
        indexer.reindexLater(changed.projectId());
        otherNodes.tell(new NodeNews.ProjectChanged(changed.projectId()));
    }

    /** Each node of a cluster has its own index: a project changed through another node is read again here. */
    public void onChangeElsewhere(@Observes NodeNews.ProjectChanged changed) {
        indexer.reindexLater(changed.projectId());
    }
}
