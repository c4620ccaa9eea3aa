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
import java.util.logging.Logger;

/**
 * Keeps the search index following the database: a project is reindexed once a change to it commits; at start-up,
 * an empty index (a new server, a restored or generated database) is rebuilt on its own thread.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
// Internal machinery, called by the container and by services, never by users: open to any caller.
@PermitAll
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

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
        } else {
            LOG.info("Index de recherche prêt : " + indexed + " projets, " + index.size() + " documents.");
        }
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
