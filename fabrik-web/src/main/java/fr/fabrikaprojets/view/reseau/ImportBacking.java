package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.DirectoryExchangeService;
import fr.fabrikaprojets.application.ImportReport;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.Uploads;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;

/**
 * Importing the directory ({@code reseau/import.xhtml}): a CSV file is first previewed (what it creates, updates, and
 * every line in error), then imported whole, from the very bytes that were previewed.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;

    @EJB
    private DirectoryExchangeService exchange;

    private String what = "organisations";
    private transient Part file;
    private byte[] content;
    private String filename;
    private ImportReport report;

    public String preview() {
        Upload[] upload = new Upload[1];
        report = null;
        content = null;
        if (!Uploads.read(file, upload)) {
            return null;
        }
        if (upload[0] == null) {
            Feedback.error(Feedback.text("import.noFile"));
            return null;
        }
        byte[] bytes = upload[0].getContent();
        if (Feedback.attempt(() -> report = isPeople() ? exchange.previewPeople(currentPlatform.getCode(), bytes)
                : exchange.previewOrganisations(currentPlatform.getCode(), bytes))) {
            content = bytes;
            filename = upload[0].getFilename();
        }
        return null;
    }

    public String confirm() {
        if (content == null) {
            Feedback.error(Feedback.text("import.noFile"));
            return null;
        }
        ImportReport[] done = new ImportReport[1];
        if (Feedback.attempt(() -> done[0] = isPeople() ? exchange.importPeople(currentPlatform.getCode(), content)
                : exchange.importOrganisations(currentPlatform.getCode(), content))) {
            Feedback.info("import.done", done[0].getCreated(), done[0].getUpdated());
            return "/reseau/index.xhtml?faces-redirect=true";
        }
        return null;
    }

    /** What is wrong with a line, in the page's language. */
    public String problem(ImportReport.LineError error) {
        return Feedback.refusal(error.getMessage());
    }

    public boolean isPeople() {
        return "personnes".equals(what);
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = "personnes".equals(what) ? what : "organisations";
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFilename() {
        return filename;
    }
}
