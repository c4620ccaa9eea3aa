package fr.fabrikaprojets.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * French first: the language the person chose in their preferences, otherwise French or English as their browser
 * asks ({@link PageLanguage}); a browser that states no preference gets French, not the server's system locale, which
 * the Servlet API would report instead.
 */
public class DefaultLocaleViewHandler extends ViewHandlerWrapper {

    public DefaultLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return PageLanguage.of((HttpServletRequest) context.getExternalContext().getRequest());
    }
}
