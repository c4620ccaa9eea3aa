package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.ProjectFile.Choices;
import fr.fabrikaprojets.application.ProjectFile.Part;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The tabs of a project's page, one per part, each at an address of its own ({@code projet.xhtml?id=42&partie=avis}):
 * links, not scripts, so that each can be bookmarked, opened in another window and reached with the back button.
 * A tab opens with the form it holds ({@code saisir=avis} opens the advice with its request form), and the page reads
 * the choices that form offers only when it is open.
 */
public enum ProjectTab {
    SUMMARY(Part.SUMMARY, null, new Form("etat")),
    PRESENTATIONS(Part.PRESENTATIONS, "passages", new Form("passage", Choices.SESSIONS)),
    ADVICE(Part.ADVICE, "avis", new Form("avis", Choices.EXPERTS)),
    /** Its forms: a new orientation, and the follow-up of one ({@code saisir=suivi&ligne=42}). */
    ORIENTATIONS(Part.ORIENTATIONS, "orientations", new Form("orientation", Choices.PRESENTED_SESSIONS),
            new Form("suivi")),
    ACTIONS(Part.ACTIONS, "actions", new Form("action")),
    DOCUMENTS(Part.DOCUMENTS, "documents", new Form("document")),
    BOOKINGS(Part.BOOKINGS, "reservations");

    static final List<ProjectTab> ALL = List.of(values());

    private final Part part;
    private final String address;
    private final List<Form> forms;

    ProjectTab(Part part, String address, Form... forms) {
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
        return Arrays.stream(values()).filter(tab -> tab.form(form) != null).findFirst().orElse(null);
    }

    /** The choices the form {@code form} (the value of {@code saisir}) offers; none for any other value. */
    static Set<Choices> choicesOf(String form) {
        ProjectTab tab = holding(form);
        return tab == null ? Set.of() : tab.form(form).choices();
    }

    private Form form(String name) {
        return forms.stream().filter(form -> form.name().equals(name)).findFirst().orElse(null);
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

    /** A form of the tab, by the value of {@code saisir} that opens it, with the choices it offers. */
    private record Form(String name, Set<Choices> choices) {

        Form(String name, Choices... choices) {
            this(name, Set.of(choices));
        }
    }
}
