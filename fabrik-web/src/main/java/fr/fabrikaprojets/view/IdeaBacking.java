package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.Upload;
import fr.fabrikaprojets.domain.model.project.Project;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;

/**
 * The public form "Une idée ? Un projet ?" ({@code idee.xhtml}). A hidden field that people never see but robots
 * fill in (the honeypot) makes the form pretend success and store nothing.
 */
@Named
@ViewScoped
public class IdeaBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectService projects;

    @EJB
    private ReferenceDataService referenceData;

    private IdeaForm form = new IdeaForm();
    private List<CommuneChoice> communes = List.of();
    private String website;
    private boolean sent;
    private Long reference;
    private transient Part document;

    @PostConstruct
    void load() {
        communes = referenceData.communeChoices(currentPlatform.getCode());
    }

    public void send() {
        if (website != null && !website.isBlank()) {
            sent = true;
            return;
        }
        Upload[] upload = new Upload[1];
        if (!Uploads.read(document, upload)) {
            return;
        }
        Project[] received = new Project[1];
        if (Feedback.attempt(() -> received[0] = projects.submitIdea(currentPlatform.getCode(), form.toSubmission(),
                upload[0]))) {
            sent = true;
            reference = received[0].getId();
        }
    }

    public IdeaForm getForm() {
        return form;
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public boolean isSent() {
        return sent;
    }

    public Long getReference() {
        return reference;
    }
}
