package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.DocumentService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.Uploads;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/** The project page's documents: listed with a download link, added by the platform's team, removed by the coordinator. */
@Named
@ViewScoped
public class ProjectDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DocumentService documents;

    @Inject
    private ProjectBacking page;

    private transient Part file;

    public List<Document> getList() {
        return page.getFile() == null ? List.of() : page.getFile().getDocuments();
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
        return Feedback.attempt(() -> documents.attach(page.getProject().getId(), upload[0]))
                ? reload("document.added") : null;
    }

    public String remove(Document document) {
        return Feedback.attempt(() -> documents.remove(document.getId(), document.getVersion()))
                ? reload("document.removed") : null;
    }

    private String reload(String message) {
        Feedback.info(message);
        return page.reloadAt(ProjectTab.DOCUMENTS);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
