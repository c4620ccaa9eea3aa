package fr.fabrikaprojets.view.capitalisation;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.HeldEvent;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SheetSummary;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.web.PageAddress;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The library of initiatives ({@code capitalisation/index.xhtml}), public: published sheets by theme and commune
 * (the network reads them all, anyone else those opened to everyone), and what the temps forts left. Its pages of
 * sheets are read once for all their readers, until the next change, their cards written once too ({@code fk:kept}).
 */
@Named
@RequestScoped
public class LibraryBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 10;
    static final int EVENTS_PAGE_SIZE = 5;
    /** The first row of the temps forts' list, beside the sheets' ({@code debut}). */
    static final String TEMPS_FORTS_FIRST = "debutTf";

    @EJB
    private CapitalisationService capitalisation;

    @EJB
    private ReferenceDataService referenceData;

    @EJB
    private TempsFortsService tempsForts;

    private PageAddress address;
    private Page<SheetSummary> page;
    private Page<HeldEvent> events;
    private List<CommuneChoice> communes = List.of();

    /** The library's filters and the pages of its two lists from its address ({@link PageAddress}). */
    @PostConstruct
    void load() {
        address = PageAddress.read("theme", "commune", "debut", TEMPS_FORTS_FIRST);
        communes = referenceData.communeChoices(currentPlatform.getCode());
        LibraryFilter filter = new LibraryFilter(currentPlatform.getCode(), FormValues.parse(Field.class, getTheme()),
                getCommune());
        page = Feedback.obtain(() -> capitalisation.libraryPage(filter, address.getFirst(), PAGE_SIZE)).orElse(null);
        events = tempsForts.held(currentPlatform.getCode(), PageParameters.offset(address.get(TEMPS_FORTS_FIRST)),
                EVENTS_PAGE_SIZE);
    }

    public Page<HeldEvent> getEvents() {
        return events;
    }

    public Field[] getThemes() {
        return Field.values();
    }

    public List<CommuneChoice> getCommunes() {
        return communes;
    }

    public Page<SheetSummary> getPage() {
        return page;
    }

    /** The library's filters and pages, which its pagers' links carry. */
    public PageAddress getAddress() {
        return address;
    }

    public String getTheme() {
        return address.get("theme");
    }

    public String getCommune() {
        return address.get("commune");
    }
}
