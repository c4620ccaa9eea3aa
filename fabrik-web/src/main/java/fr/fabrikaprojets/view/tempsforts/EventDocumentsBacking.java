package fr.fabrikaprojets.view.tempsforts;

import fr.fabrikaprojets.application.EventDocumentService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.event.EventDocument;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.Uploads;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * An event's documents on its page: listed for whoever may see the event, added by the coordinator once it is held
 * (a photo with the confirmed consent of those shown), removed with a confirmation.
 */
@Named
@ViewScoped
public class EventDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EventDocumentService documents;

    @Inject
    private EventBacking page;

    private transient Part file;
    private boolean peopleConsented;
    private List<EventDocument> list;

    public List<EventDocument> getList() {
        if (list == null) {
            list = page.getEvent() == null ? List.of()
                    : Feedback.obtain(() -> documents.documents(page.getEvent().getId())).orElse(List.of());
        }
        return list;
    }

    public String attach() {
        Upload[] upload = new Upload[1];
        if (!Uploads.read(file, upload)) {
            return null;
        }
        if (upload[0] == null) {
            Feedback.error(Feedback.text("document.choose"));
            return null;
        }
        return Feedback.obtain(() -> documents.attach(page.getEvent().getId(), upload[0], peopleConsented))
                .map(added -> reload("event.document.added", added.getFilename())).orElse(null);
    }

    public String remove(EventDocument document) {
        return Feedback.attempt(() -> documents.remove(document.getId(), document.getVersion()))
                ? reload("event.document.removed") : null;
    }

    private String reload(String message, Object... arguments) {
        Feedback.info(message, arguments);
        return "/temps-forts/evenement.xhtml?faces-redirect=true&id=" + page.getEvent().getId();
    }

    /** Kilobytes, rounded up, for the download link. */
    public long kilobytes(EventDocument document) {
        return (document.getSize() + 1023) / 1024;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isPeopleConsented() {
        return peopleConsented;
    }

    public void setPeopleConsented(boolean peopleConsented) {
        this.peopleConsented = peopleConsented;
    }
}
