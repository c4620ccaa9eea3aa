package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.Choice;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The options of a filter's {@code <select>} in a GET form, written in one go:
 * {@code <fk:options value="#{projectsBacking.states}" selected="#{projectsBacking.state}" labels="project.state."/>}.
 * An enumeration's constants are sent by name and shown with the message of that prefix; other lists are
 * {@link Choice}s, such as the communes. A {@code ui:repeat} of {@code <option>} evaluated four to five expressions
 * per option, and the list of projects has ninety of them: a copy of the list without its filter form took 15 % less
 * time per request (BENCHMARKS.md, run 25).
 */
@FacesComponent(value = FilterOptions.COMPONENT_TYPE, createTag = true, tagName = "options",
        namespace = RequestUriForm.NAMESPACE)
public class FilterOptions extends UIComponentBase {

    static final String COMPONENT_TYPE = "fr.fabrikaprojets.FilterOptions";

    @Override
    public String getFamily() {
        return COMPONENT_TYPE;
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        Object selected = getAttributes().get("selected");
        String chosen = selected == null ? null : selected.toString();
        String labels = (String) getAttributes().get("labels");
        ResourceBundle messages = labels == null ? null
                : context.getApplication().getResourceBundle(context, "msg");
        ResponseWriter writer = context.getResponseWriter();
        for (Object item : items()) {
            String value;
            String label;
            if (item instanceof Choice choice) {
                value = choice.value();
                label = choice.label();
            } else if (item instanceof Enum<?> constant && messages != null) {
                value = constant.name();
                label = label(messages, labels + value);
            } else {
                throw new IllegalArgumentException("<fk:options> : ni un choix ni une énumération avec ses libellés : "
                        + item);
            }
            writer.startElement("option", this);
            writer.writeAttribute("value", value, null);
            if (Objects.equals(value, chosen)) {
                writer.writeAttribute("selected", "selected", null);
            }
            writer.writeText(label, null);
            writer.endElement("option");
        }
    }

    /** A constant's message; one missing shows as Faces shows it, {@code ???key???}, rather than failing the page. */
    static String label(ResourceBundle messages, String key) {
        return messages.containsKey(key) ? messages.getString(key) : "???" + key + "???";
    }

    private Collection<?> items() {
        Object value = getAttributes().get("value");
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : (Collection<?>) value;
    }
}
