package fr.fabrikaprojets.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Writes the session's {@link FormToken} beside the page state, in every form, as Faces writes the state. */
public class FormTokenViewHandler extends ViewHandlerWrapper {

    public FormTokenViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void writeState(FacesContext context) throws IOException {
        super.writeState(context);
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", FormToken.FIELD, null);
        writer.writeAttribute("value", FormToken.of((HttpSession) context.getExternalContext().getSession(true)),
                null);
        writer.endElement("input");
    }
}
