package fr.fabrikaprojets.view.capitalisation;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.SheetSummary;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
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
 * The library of initiatives ({@code capitalisation/index.xhtml}), public: published sheets by theme and commune
 * (the network reads them all, anyone else those opened to everyone), and what the temps forts left.
 */
@Named
@RequestScoped
public class LibraryBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 10;
    static final int EVENTS_PAGE_SIZE = 5;

    @EJB
    private CapitalisationService capitalisation;

    @EJB
    private ReferenceDataService referenceData;

    @EJB
    private TempsFortsService tempsForts;

    private String theme;
    private String commune;
    private int first;
    private int firstEvent;
    private Page<SheetSummary> page;
    private Page<PublicEvent> events;
    private List<CommuneChoice> communes = List.of();

    public void load() {
        communes = referenceData.communeChoices(currentPlatform.getCode());
        LibraryFilter filter = new LibraryFilter(currentPlatform.getCode(), FormValues.parse(Field.class, theme),
                commune);
        page = Feedback.obtain(() -> capitalisation.libraryPage(filter, first, PAGE_SIZE)).orElse(null);
        events = tempsForts.held(currentPlatform.getCode(), firstEvent, EVENTS_PAGE_SIZE);
    }

    public Page<PublicEvent> getEvents() {
        return events;
    }

    public int getFirstEvent() {
        return firstEvent;
    }

    public void setFirstEvent(int firstEvent) {
        this.firstEvent = Math.max(0, firstEvent);
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
