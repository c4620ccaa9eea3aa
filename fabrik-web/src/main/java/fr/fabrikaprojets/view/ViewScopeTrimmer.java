package fr.fabrikaprojets.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forgets what Mojarra keeps of the views it has let go. Mojarra keeps the view-scoped beans of a session's last 25
 * views and destroys those of older views, but leaves each older view's entry in its index of view-scoped beans, a
 * session attribute that then grows with every page the person opens until the session ends (1,488 entries in one
 * session of the benchmark): memory held for nothing, and in a cluster, a growing attribute to replicate. After each
 * page, the index keeps the entries of the views still active only.
 */
public class ViewScopeTrimmer implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Mojarra's session attributes: its active views (ViewScopeManager) and its index (ViewScopeContextManager). */
    static final String ACTIVE_VIEWS = "com.sun.faces.application.view.activeViewMaps";
    static final String INDEX = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the page: its own view is registered by then.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        if (!(session.get(ACTIVE_VIEWS) instanceof Map<?, ?> active) || !(session.get(INDEX) instanceof Map<?, ?> index)
                || index.size() <= active.size()) {
            return;
        }
        // The index is read before the active views: Mojarra registers a new view among the active ones before
        // indexing its beans, so an entry read here that is no longer active was let go, never one being built by a
        // concurrent request of the same person.
        List<Object> stale = new ArrayList<>(index.keySet());
        Set<Object> live;
        synchronized (active) {
            live = new HashSet<>(active.keySet());
        }
        stale.removeAll(live);
        if (!stale.isEmpty()) {
            stale.forEach(index::remove);
            session.put(INDEX, index);
        }
    }
}
