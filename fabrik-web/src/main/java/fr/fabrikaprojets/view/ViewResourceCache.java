package fr.fabrikaprojets.view;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Facelets files of the pages, and the style sheets, scripts and images they link to, found once. Mojarra looks
 * each of them up again at every page it builds, and each lookup first asks the message bundle for a locale prefix
 * Fabrik does not use: a {@code MissingResourceException} with its stack trace each time, about forty per project
 * page. Giving the bundle a prefix instead makes it worse: Mojarra then files what it found under no prefix and
 * searches the class path again at every page (BENCHMARKS.md, run 25). A deployed application's files do not move;
 * in development they are looked up every time, as Mojarra does.
 */
public class ViewResourceCache extends ResourceHandlerWrapper {

    /** More than the application's pages, includes and linked files; names asked beyond it are looked up, not kept. */
    private static final int MAX_KEPT = 1000;

    private final Map<String, ViewResource> views = new ConcurrentHashMap<>();
    private final Map<String, Resource> linked = new ConcurrentHashMap<>();

    public ViewResourceCache(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (context.isProjectStage(ProjectStage.Development)) {
            return super.createViewResource(context, resourceName);
        }
        ViewResource known = views.get(resourceName);
        if (known != null) {
            return known;
        }
        return keptIfFound(views, resourceName, super.createViewResource(context, resourceName));
    }

    /**
     * A style sheet, script or image a page links to, shared by every page: only its address is read while rendering
     * (Mojarra's {@code getRequestPath} reads and writes nothing else), and it is kept read-only. Only while rendering
     * a page: serving the file itself goes through Faces' own resource, whose response headers are made for that
     * request. The key is the library and the name alone because Fabrik has no localised resources and no resource
     * library contracts; adding either would make the address depend on the request, and this cache wrong.
     */
    @Override
    public Resource createResource(String resourceName, String libraryName) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || context.isProjectStage(ProjectStage.Development) || isResourceRequest(context)) {
            return super.createResource(resourceName, libraryName);
        }
        String key = libraryName == null ? resourceName : libraryName + ':' + resourceName;
        Resource known = linked.get(key);
        if (known != null) {
            return known;
        }
        Resource found = super.createResource(resourceName, libraryName);
        return keptIfFound(linked, key, found == null ? null : new ReadOnly(found));
    }

    /** A shared resource nobody may rename or retype for everyone. */
    private static final class ReadOnly extends ResourceWrapper {

        ReadOnly(Resource wrapped) {
            super(wrapped);
        }

        @Override
        public void setContentType(String contentType) {
            throw new UnsupportedOperationException("Ressource partagée entre les pages : " + getResourceName());
        }

        @Override
        public void setLibraryName(String libraryName) {
            throw new UnsupportedOperationException("Ressource partagée entre les pages : " + getResourceName());
        }

        @Override
        public void setResourceName(String resourceName) {
            throw new UnsupportedOperationException("Ressource partagée entre les pages : " + getResourceName());
        }
    }

    private <T> T keptIfFound(Map<String, T> kept, String key, T found) {
        // Only files that exist are kept: requests for missing ones must not grow the map.
        if (found != null && kept.size() < MAX_KEPT) {
            kept.put(key, found);
        }
        return found;
    }
}
