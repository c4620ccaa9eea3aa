package fr.fabrikaprojets.view.recherche;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.SearchService;
import fr.fabrikaprojets.application.search.SearchHit;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageAddress;
import jakarta.annotation.PostConstruct;
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

    private PageAddress address;
    private Page<SearchHit> page;

    /** The question and page from the address ({@link PageAddress}), read when the request first shows them. */
    @PostConstruct
    void load() {
        address = PageAddress.read("q");
        String text = address.get("q");
        if (text != null) {
            page = Feedback.obtain(() -> search.search(currentPlatform.getCode(), text, address.getFirst(), PAGE_SIZE))
                    .orElse(null);
        }
    }

    public Page<SearchHit> getPage() {
        return page;
    }

    /** The question, which the pager's links carry. */
    public PageAddress getAddress() {
        return address;
    }

    public String getText() {
        return address.get("q");
    }
}
