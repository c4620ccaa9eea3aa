package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.ProjectFile.Part;
import java.util.Arrays;
import java.util.List;

/**
 * The tabs of a project's page, one per part, each at an address of its own ({@code projet.xhtml?id=42&partie=avis}):
 * links, not scripts, so that each can be bookmarked, opened in another window and reached with the back button.
 * A tab opens with the form it holds ({@code saisir=avis} opens the advice with its request form).
 */
public enum ProjectTab {
    SUMMARY(Part.SUMMARY, null, "etat"),
    PRESENTATIONS(Part.PRESENTATIONS, "passages", "passage"),
    ADVICE(Part.ADVICE, "avis", "avis"),
    /** Its forms: a new orientation, and the follow-up of one ({@code saisir=suivi&ligne=42}). */
    ORIENTATIONS(Part.ORIENTATIONS, "orientations", "orientation", "suivi"),
    ACTIONS(Part.ACTIONS, "actions", "action"),
    DOCUMENTS(Part.DOCUMENTS, "documents", "document"),
    BOOKINGS(Part.BOOKINGS, "reservations");

    static final List<ProjectTab> ALL = List.of(values());

    private final Part part;
    private final String address;
    private final List<String> forms;

    ProjectTab(Part part, String address, String... forms) {
        this.part = part;
        this.address = address;
        this.forms = List.of(forms);
    }

    /** The tab at {@code address} (the value of {@code partie}); the summary for any other value. */
    static ProjectTab at(String address) {
        return Arrays.stream(values()).filter(tab -> tab.address != null && tab.address.equals(address)).findFirst()
                .orElse(SUMMARY);
    }

    /** The tab holding {@code form} (the value of {@code saisir}), or null when no tab holds such a form. */
    static ProjectTab holding(String form) {
        return Arrays.stream(values()).filter(tab -> form != null && tab.forms.contains(form)).findFirst().orElse(null);
    }

    public Part getPart() {
        return part;
    }

    /** The value of {@code partie} showing the tab; none for the summary. */
    public String getAddress() {
        return address;
    }

    /** What the tab adds to the project's address: nothing for the summary, the project's own page. */
    public String getQuery() {
        return address == null ? "" : "&partie=" + address;
    }
}
