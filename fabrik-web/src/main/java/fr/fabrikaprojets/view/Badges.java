package fr.fabrikaprojets.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;

/**
 * A set of an enumeration's constants as badges, each with the message of that prefix:
 * {@code <fk:badges value="#{o.themes}" labels="project.field."/>}. A directory's row showed its themes and offers
 * with a {@code ui:repeat} each: two more iterating components, with their state kept and restored, inside each of
 * the twenty rows' own. Written in the enumeration's order, whatever the order the database gave them in.
 */
@FacesComponent(value = Badges.COMPONENT_TYPE, createTag = true, tagName = "badges",
        namespace = RequestUriForm.NAMESPACE)
public class Badges extends UIComponentBase {

    static final String COMPONENT_TYPE = "fr.fabrikaprojets.Badges";

    @Override
    public String getFamily() {
        return COMPONENT_TYPE;
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        Object value = getAttributes().get("value");
        Collection<?> constants = value == null ? List.of() : (Collection<?>) value;
        String labels = (String) getAttributes().get("labels");
        ResourceBundle messages = context.getApplication().getResourceBundle(context, "msg");
        ResponseWriter writer = context.getResponseWriter();
        for (Object constant : constants.stream().sorted().toList()) {
            writer.startElement("span", this);
            writer.writeAttribute("class", "badge", null);
            writer.writeText(FilterOptions.label(messages, labels + ((Enum<?>) constant).name()), null);
            writer.endElement("span");
            writer.write(' ');
        }
    }
}
