package fr.fabrikaprojets.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The trail above every page, from the home page through the page's section to the page itself (whose name is its
 * title, written by the template), so that someone arriving from the intranet's search knows where they are.
 */
@Named
@RequestScoped
public class Breadcrumbs {

    /** Each section of Fabrik (the first folder of a page's path): its name's key and its first page. */
    private static final Map<String, Crumb> SECTIONS = Map.ofEntries(
            Map.entry("reunions", new Crumb("nav.calendar", "/reunions/calendrier.xhtml")),
            Map.entry("projets", new Crumb("nav.projects", "/projets/index.xhtml")),
            Map.entry("reseau", new Crumb("nav.network", "/reseau/index.xhtml")),
            Map.entry("ressources", new Crumb("nav.network", "/reseau/index.xhtml")),
            Map.entry("capitalisation", new Crumb("nav.library", "/capitalisation/index.xhtml")),
            Map.entry("temps-forts", new Crumb("nav.events", "/temps-forts/index.xhtml")),
            Map.entry("statistiques", new Crumb("nav.statistics", "/statistiques/index.xhtml")),
            Map.entry("recherche", new Crumb("nav.search", "/recherche/index.xhtml")),
            Map.entry("espace", new Crumb("nav.requests", "/espace/index.xhtml")),
            Map.entry("animation", new Crumb("nav.planning", "/animation/reunions/calendrier.xhtml")),
            Map.entry("admin", new Crumb("nav.audit", "/admin/journal.xhtml")));

    private List<Crumb> trail;

    /** The crumbs before the page itself; empty on the home page. */
    public List<Crumb> getTrail() {
        if (trail == null) {
            trail = trailOf(FacesContext.getCurrentInstance().getViewRoot().getViewId());
        }
        return trail;
    }

    static List<Crumb> trailOf(String viewId) {
        List<Crumb> crumbs = new ArrayList<>();
        if (viewId == null || viewId.equals("/index.xhtml")) {
            return crumbs;
        }
        crumbs.add(new Crumb("nav.home", "/index.xhtml"));
        String[] folders = viewId.substring(1).split("/");
        Crumb section = folders.length > 1 ? SECTIONS.get(folders[0]) : null;
        if (section != null && !section.getPath().equals(viewId)) {
            crumbs.add(section);
        }
        return crumbs;
    }

    /** One step of the trail. A class with getters: Faces pages read bean properties, not record accessors. */
    public static final class Crumb implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String key;
        private final String path;

        Crumb(String key, String path) {
            this.key = key;
            this.path = path;
        }

        public String getKey() {
            return key;
        }

        public String getPath() {
            return path;
        }
    }
}
