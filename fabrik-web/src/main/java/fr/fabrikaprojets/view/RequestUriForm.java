package fr.fabrikaprojets.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlForm;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * A form posted back to the address it was shown at, query string included, so that a page opened as
 * {@code projet.xhtml?id=2} is still that project's page after a submission ({@code <fk:form>} in the pages).
 * OmniFaces' {@code o:form useRequestURI} does the same by wrapping the whole {@code FacesContext} at each form,
 * and every {@code FacesContext} built takes a stack trace in its constructor (Faces API): eight per project page,
 * each as deep as the page's rendering. Only the form's own writer is wrapped here, for the opening tag.
 */
@FacesComponent(value = RequestUriForm.COMPONENT_TYPE, createTag = true, tagName = "form",
        namespace = RequestUriForm.NAMESPACE)
public class RequestUriForm extends HtmlForm {

    static final String COMPONENT_TYPE = "fr.fabrikaprojets.RequestUriForm";
    static final String NAMESPACE = "https://fabrikaprojets.fr/faces";

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        String action = requestAddress(context.getExternalContext());
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                super.writeAttribute(name, "action".equals(name) ? action : value, property);
            }
        });
        try {
            super.encodeBegin(context);
        } finally {
            context.setResponseWriter(writer);
        }
    }

    private static String requestAddress(ExternalContext external) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        return external.encodeActionURL(query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query);
    }
}
