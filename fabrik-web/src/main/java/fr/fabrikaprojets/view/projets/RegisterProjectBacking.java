package fr.fabrikaprojets.view.projets;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.IdeaForm;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The coordinator enters an idea for someone who came by phone or in person ({@code projets/saisir.xhtml}). Before
 * saving, similar projects of the same commune are shown; saving anyway is a second, deliberate click.
 */
@Named
@ViewScoped
public class RegisterProjectBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;

    @EJB
    private ProjectService projects;

    @EJB
    private ReferenceDataService referenceData;

    private final IdeaForm form = new IdeaForm();
    private List<CommuneChoice> communes = List.of();
    private List<Project> similar = List.of();
    private boolean checked;

    @PostConstruct
    void load() {
        communes = referenceData.communeChoices(currentPlatform.getCode());
    }

    public String save() {
        if (!checked) {
            Feedback.attempt(() -> similar = projects.similarProjects(currentPlatform.getCode(), form.toSubmission()));
            checked = true;
            if (!similar.isEmpty()) {
                return null;
            }
        }
        Project[] saved = new Project[1];
        if (Feedback.attempt(() -> saved[0] = projects.registerOnBehalf(currentPlatform.getCode(),
                form.toSubmission()))) {
            Feedback.info("intake.saved", saved[0].getTitle());
            return "/projets/projet.xhtml?faces-redirect=true&id=" + saved[0].getId();
        }
        return null;
    }

    public IdeaForm getForm() {
        return form;
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    public List<Project> getSimilar() {
        return similar;
    }
}
