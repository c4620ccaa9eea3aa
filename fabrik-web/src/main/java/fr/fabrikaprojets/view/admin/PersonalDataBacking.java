package fr.fabrikaprojets.view.admin;

import fr.fabrikaprojets.application.Erasure;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PersonalData;
import fr.fabrikaprojets.application.PrivacyService;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.shared.Retention;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * The holders' rights page ({@code admin/donnees-personnelles.xhtml}, administrators): find a person by e-mail or
 * phone, download what is held about them (JSON, PDF), record a withdrawn consent or an erasure request, and see whom
 * the retention job anonymises next. Addresses travel in POST forms only, never in a URL that logs would keep.
 */
@Named
@ViewScoped
public class PersonalDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    @EJB
    private PrivacyService privacy;

    private String identifier;
    private PersonalData found;
    private String how;
    private String reason;
    private int first;
    private Page<Project> next;

    public void load() {
        Feedback.attempt(() -> next = privacy.nextAnonymisations(first, PAGE_SIZE));
    }

    public void search() {
        found = Feedback.obtain(() -> privacy.find(identifier)).orElse(null);
    }

    public void downloadJson() throws IOException {
        Optional<String> json = Feedback.obtain(() -> privacy.reportAsJson(identifier));
        if (json.isPresent()) {
            Faces.sendFile(json.get().getBytes(StandardCharsets.UTF_8), "donnees-personnelles.json", true);
        }
    }

    public void downloadPdf() throws IOException {
        Optional<byte[]> pdf = Feedback.obtain(() -> privacy.reportAsPdf(identifier));
        if (pdf.isPresent()) {
            Faces.sendFile(pdf.get(), "donnees-personnelles.pdf", true);
        }
    }

    public void withdrawConsent() {
        anonymise(() -> privacy.withdrawConsent(identifier, how), "privacy.withdrawn");
    }

    public void erase() {
        anonymise(() -> privacy.erase(identifier, reason), "privacy.erased");
    }

    public void runRetention() {
        Feedback.obtain(privacy::anonymiseExpired).ifPresent(done -> {
            Feedback.info("privacy.retentionDone", done.getHolders(), done.getRegistrations());
            load();
        });
    }

    private void anonymise(Supplier<Erasure> call, String message) {
        Feedback.obtain(call).ifPresent(done -> {
            Feedback.info(message, done.getHolders(), done.getRegistrations(), done.getDocumentsDeleted());
            how = null;
            reason = null;
            search();
            load();
        });
    }

    /** When the retention job anonymises a holder last active at {@code lastActivity}. */
    public Instant dueAt(Instant lastActivity) {
        return Retention.dueAt(lastActivity);
    }

    public int getRetentionYears() {
        return Retention.years();
    }

    public PersonalData getFound() {
        return found;
    }

    public Page<Project> getNext() {
        return next;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
