package fr.fabrikaprojets.view.recherche;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.SearchService;
import fr.fabrikaprojets.application.search.SearchHit;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The search page ({@code recherche/index.xhtml?q=théâtre}): results across projects, sheets, minutes and advice. */
@Named
@RequestScoped
public class SearchBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    static final int PAGE_SIZE = 20;

    @EJB
    private SearchService search;

    private String text;
    private int first;
    private Page<SearchHit> page;

    public void load() {
        if (text != null && !text.isBlank()) {
            page = Feedback.obtain(() -> search.search(currentPlatform.getCode(), text, first, PAGE_SIZE)).orElse(null);
        }
    }

    public Page<SearchHit> getPage() {
        return page;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
