package fr.fabrikaprojets.view.capitalisation;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.view.FormValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The library of initiatives ({@code capitalisation/index.xhtml}): published sheets by theme and commune. */
@Named
@RequestScoped
public class LibraryBacking {

    static final int PAGE_SIZE = 10;

    @EJB
    private CapitalisationService capitalisation;

    @EJB
    private ReferenceDataService referenceData;

    private String theme;
    private String commune;
    private int first;
    private Page<ExperienceSheet> page;
    private List<Commune> communes = List.of();

    public void load() {
        communes = referenceData.communes(Platform.LENS_LIEVIN);
        LibraryFilter filter = new LibraryFilter(Platform.LENS_LIEVIN, FormValues.parse(Field.class, theme), commune);
        page = Feedback.obtain(() -> capitalisation.library(filter, first, PAGE_SIZE)).orElse(null);
    }

    public Field[] getThemes() {
        return Field.values();
    }

    public List<Commune> getCommunes() {
        return communes;
    }

    public Page<ExperienceSheet> getPage() {
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
