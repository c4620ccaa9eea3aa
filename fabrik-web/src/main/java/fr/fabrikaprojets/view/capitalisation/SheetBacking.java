package fr.fabrikaprojets.view.capitalisation;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * An experience sheet ({@code capitalisation/fiche.xhtml?id=7} or {@code ?projet=42}): read by whoever may see it;
 * completed by the platform's team, sent to the holder or their decision recorded by the coordinator.
 */
@Named
@ViewScoped
public class SheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CapitalisationService capitalisation;

    private String id;
    private String projectId;
    private ExperienceSheet sheet;
    private String title;
    private String summary;
    private String journey;
    private String whatWorked;
    private String whatBlocked;
    private String decision;

    public void load() {
        Long sheetNumber = PageParameters.id(id);
        Long projectNumber = PageParameters.id(projectId);
        if (sheetNumber != null) {
            sheet = Feedback.obtain(() -> capitalisation.sheet(sheetNumber)).orElse(null);
        } else if (projectNumber != null) {
            sheet = Feedback.obtain(() -> capitalisation.sheetOfProject(projectNumber)).orElse(null);
        }
        if (sheet == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        title = sheet.getTitle();
        summary = sheet.getSummary();
        journey = sheet.getJourney();
        whatWorked = sheet.getWhatWorked();
        whatBlocked = sheet.getWhatBlocked();
    }

    public String save() {
        return Feedback.obtain(() -> capitalisation.complete(sheet.getId(), sheet.getVersion(), title, summary,
                journey, whatWorked, whatBlocked)).map(saved -> reload(saved, "sheet.saved")).orElse(null);
    }

    public String send() {
        return Feedback.obtain(() -> capitalisation.sendToHolder(sheet.getId(), sheet.getVersion()))
                .map(sent -> reload(sent, "sheet.sent")).orElse(null);
    }

    public String recordDecision() {
        Publication chosen = FormValues.parse(Publication.class, decision);
        return Feedback.obtain(() -> capitalisation.recordDecision(sheet.getId(), sheet.getVersion(), chosen))
                .map(decided -> reload(decided, "sheet.decided")).orElse(null);
    }

    private static String reload(ExperienceSheet saved, String message) {
        Feedback.info(message);
        return "/capitalisation/fiche.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public Publication[] getPublications() {
        return Publication.values();
    }

    public ExperienceSheet getSheet() {
        return sheet;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getJourney() {
        return journey;
    }

    public void setJourney(String journey) {
        this.journey = journey;
    }

    public String getWhatWorked() {
        return whatWorked;
    }

    public void setWhatWorked(String whatWorked) {
        this.whatWorked = whatWorked;
    }

    public String getWhatBlocked() {
        return whatBlocked;
    }

    public void setWhatBlocked(String whatBlocked) {
        this.whatBlocked = whatBlocked;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
