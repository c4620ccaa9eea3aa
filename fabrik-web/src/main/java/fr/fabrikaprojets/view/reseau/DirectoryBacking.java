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
import fr.fabrikaprojets.web.PageAddress;
import jakarta.annotation.PostConstruct;
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

    private PageAddress address;
    private Page<OrganisationSummary> page;
    private List<CommuneChoice> communes = List.of();

    /** The directory's filters and page from its address ({@link PageAddress}), read when the request shows it. */
    @PostConstruct
    void load() {
        address = PageAddress.read("q", "type", "theme", "commune");
        communes = referenceData.communeChoices(currentPlatform.getCode());
        DirectoryFilter filter = new DirectoryFilter(currentPlatform.getCode(), address.get("q"),
                FormValues.parse(OrganisationKind.class, address.get("type")),
                FormValues.parse(Field.class, address.get("theme")), address.get("commune"));
        Feedback.attempt(() -> page = directory.directoryPage(filter, address.getFirst(), PAGE_SIZE));
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

    /** The directory's filters, which its pager's links carry. */
    public PageAddress getAddress() {
        return address;
    }

    public String getText() {
        return address.get("q");
    }

    public String getKind() {
        return address.get("type");
    }

    public String getTheme() {
        return address.get("theme");
    }

    public String getCommune() {
        return address.get("commune");
    }
}
