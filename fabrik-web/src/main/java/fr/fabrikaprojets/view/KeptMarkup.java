package fr.fabrikaprojets.view;

import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The markup of its children, written once for a value the services share between readers and copied for every reader
 * of that same value: {@code <fk:kept of="#{statisticsBacking.figures}">…</fk:kept>}. The services keep what many read
 * alike (the dashboard's figures, a page of the projects list, directory, catalogue or library, a year's public
 * calendar, an organisation's or a session's page) until the next recorded change commits, and the search index its
 * results until it changes; as long as they answer with the very same value, the markup made of
 * it is the same, and writing it again cost more than reading it (BENCHMARKS.md, run 29: rendering the dashboard's
 * tables, twice the whole empty page). The value is compared by identity, never by equality: a new answer, even an
 * equal one, is written anew. Only what depends on nothing but the value, the view, its language and {@code key} may
 * stand inside: no form, no PrimeFaces widget (the content security policy gives each response its own script nonce),
 * nothing that depends on who reads. The services still answer each request, so their permission checks still apply.
 * Turned off with the services' shared reads ({@code fabrik.statistics.cache.seconds=0}).
 */
@FacesComponent(value = KeptMarkup.COMPONENT_TYPE, createTag = true, tagName = "kept",
        namespace = RequestUriForm.NAMESPACE)
public class KeptMarkup extends UIComponentBase {

    static final String COMPONENT_TYPE = "fr.fabrikaprojets.KeptMarkup";
    /** The same property as the services' shared reads: markup is kept only of what they keep. */
    static final String SWITCH_PROPERTY = "fabrik.statistics.cache.seconds";
    /** A few views × filters × languages; the dashboard's markup, the largest, is 60 KB. */
    private static final int MAX_ENTRIES = 200;

    private static final Map<Key, String> KEPT = Collections.synchronizedMap(
            new LinkedHashMap<>(MAX_ENTRIES * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                    return size() > MAX_ENTRIES;
                }
            });

    @Override
    public String getFamily() {
        return COMPONENT_TYPE;
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        Object of = getAttributes().get("of");
        if (of == null || Settings.number(SWITCH_PROPERTY, 1, 0) == 0) {
            encodeEach(context);
            return;
        }
        Key key = new Key(of, context.getViewRoot().getViewId(), getClientId(context),
                context.getViewRoot().getLocale(), String.valueOf(getAttributes().get("key")));
        String markup = KEPT.get(key);
        if (markup == null) {
            ResponseWriter writer = context.getResponseWriter();
            StringWriter buffer = new StringWriter(16_384);
            context.setResponseWriter(writer.cloneWithWriter(buffer));
            int messages = context.getMessageList().size();
            try {
                encodeEach(context);
            } finally {
                context.setResponseWriter(writer);
            }
            markup = buffer.toString();
            // A message said while writing belongs to this response only: what said it is written again next time.
            if (context.getMessageList().size() == messages) {
                KEPT.put(key, markup);
            }
        }
        context.getResponseWriter().write(markup);
    }

    private void encodeEach(FacesContext context) throws IOException {
        for (UIComponent child : getChildren()) {
            child.encodeAll(context);
        }
    }

    /** What the markup is made of; {@code of} by identity, since an equal value read later may be another answer. */
    private record Key(Object of, String viewId, String clientId, Locale locale, String key) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && of == that.of && viewId.equals(that.viewId)
                    && clientId.equals(that.clientId) && locale.equals(that.locale) && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of) * 31 + clientId.hashCode() * 17 + key.hashCode();
        }
    }
}
