package fr.fabrikaprojets.infrastructure.cluster;

import fr.fabrikaprojets.application.cluster.NodeNews;
import fr.fabrikaprojets.application.cluster.OtherNodes;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.dispatcher.Command;
import org.wildfly.clustering.server.dispatcher.CommandDispatcher;
import org.wildfly.clustering.server.dispatcher.CommandDispatcherFactory;

/**
 * The other nodes through WildFly's command dispatcher over the cluster's JGroups channel (the HA profile's default
 * channel). Created when the application starts, so that a node receives news before it has any to give. On a single
 * server, WildFly's dispatcher is a local one: there is no other node, and telling them is nothing.
 */
@ApplicationScoped
public class WildFlyOtherNodes implements OtherNodes {

    private static final Logger LOG = Logger.getLogger(WildFlyOtherNodes.class.getName());
    private static final String FACTORY = "java:jboss/clustering/server/command-dispatcher-factory/default";

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private Event<NodeNews> received;

    private CommandDispatcher<GroupMember, Consumer<NodeNews>> dispatcher;
    private GroupMember self;

    @SuppressWarnings("unchecked")
    void start(@Observes Startup startup) {
        CommandDispatcherFactory<GroupMember> factory;
        try {
            factory = (CommandDispatcherFactory<GroupMember>) new InitialContext().lookup(FACTORY);
        } catch (NamingException e) {
            LOG.info("Serveur seul (pas de grappe) : aucun autre nœud à informer.");
            return;
        }
        Consumer<NodeNews> node = news -> executor.execute(() -> received.fire(news));
        dispatcher = factory.createCommandDispatcher("fabrik-node-news", node, getClass().getClassLoader());
        self = factory.getGroup().getLocalMember();
        if (factory.getGroup().isSingleton()) {
            LOG.info("Serveur seul (pas de grappe) : aucun autre nœud à informer.");
        } else {
            LOG.info(() -> "Grappe « " + factory.getGroup().getName() + " » (" + factory.getGroup().getMembership()
                    .getMembers().size() + " nœud(s)) : " + self.getName() + " informe les autres de ses changements.");
        }
    }

    @Override
    public void tell(NodeNews news) {
        if (dispatcher == null) {
            return;
        }
        try {
            dispatcher.dispatchToGroup(new Deliver(news), Set.of(self));
        } catch (IOException e) {
            // The change is committed and this node is up to date: a node that missed the news keeps its copy, the
            // platforms of its callers for at most a minute, a project's search documents until the project changes
            // again or the index is rebuilt.
            LOG.log(Level.WARNING, "Nouvelle non transmise aux autres nœuds : " + news, e);
        }
    }

    @PreDestroy
    void stop() {
        if (dispatcher != null) {
            dispatcher.close();
        }
    }

    /** Runs on each receiving node, with that node's way to pass news on. */
    record Deliver(NodeNews news) implements Command<Void, Consumer<NodeNews>, RuntimeException>, Serializable {

        @Override
        public Void execute(Consumer<NodeNews> node) {
            node.accept(news);
            return null;
        }
    }
}
