package fr.fabrikaprojets.view;

import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Facelets files of the pages, found once. Mojarra looks each template and include up again at every page it
 * builds, and each lookup first asks the message bundle for a locale prefix Fabrik does not use: a
 * {@code MissingResourceException} with its stack trace each time, about thirty per project page. A deployed
 * application's files do not move; in development they are looked up every time, as Mojarra does.
 */
public class ViewResourceCache extends ResourceHandlerWrapper {

    /** More than the application's pages and includes; names asked beyond it are looked up, not kept. */
    private static final int MAX_KEPT = 1000;

    private final Map<String, ViewResource> found = new ConcurrentHashMap<>();

    public ViewResourceCache(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        if (context.isProjectStage(ProjectStage.Development)) {
            return super.createViewResource(context, resourceName);
        }
        ViewResource known = found.get(resourceName);
        if (known != null) {
            return known;
        }
        ViewResource resource = super.createViewResource(context, resourceName);
        // Only files that exist are kept: a request for a missing page must not grow the map.
        if (resource != null && found.size() < MAX_KEPT) {
            found.put(resourceName, resource);
        }
        return resource;
    }
}
