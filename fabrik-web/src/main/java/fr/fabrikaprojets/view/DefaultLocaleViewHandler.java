package fr.fabrikaprojets.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * French first: a browser that states no language preference gets the application's default locale (French),
 * not the server's system locale, which the Servlet API would report instead.
 */
public class DefaultLocaleViewHandler extends ViewHandlerWrapper {

    public DefaultLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        String header = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
        Locale configured = context.getApplication().getDefaultLocale();
        if ((header == null || header.isBlank()) && configured != null) {
            return configured;
        }
        return super.calculateLocale(context);
    }
}
