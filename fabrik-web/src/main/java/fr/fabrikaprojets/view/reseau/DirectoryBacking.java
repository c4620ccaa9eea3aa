package fr.fabrikaprojets.view.reseau;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.OrganisationSummary;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The directory of the network ({@code reseau/index.xhtml?q=centre&type=SOCIAL_CENTRE&theme=CULTURE&commune=62498}):
 * filters in the address, pages of {@value #PAGE_SIZE} read from the database once for all their readers, until the
 * network changes; their rows written once too ({@code fk:kept}).
 */
@Named
@RequestScoped
public class DirectoryBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 20;

    @EJB
    private DirectoryService directory;

    @EJB
    private ReferenceDataService referenceData;

    private String text;
    private String kind;
    private String theme;
    private String commune;
    private int first;
    private Page<OrganisationSummary> page;
    private List<CommuneChoice> communes = List.of();

    public void load() {
        communes = referenceData.communeChoices(currentPlatform.getCode());
        DirectoryFilter filter = new DirectoryFilter(currentPlatform.getCode(), text,
                FormValues.parse(OrganisationKind.class, kind), FormValues.parse(Field.class, theme), commune);
        Feedback.attempt(() -> page = directory.directoryPage(filter, first, PAGE_SIZE));
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    public Field[] getThemes() {
        return Field.values();
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    public Page<OrganisationSummary> getPage() {
        return page;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
