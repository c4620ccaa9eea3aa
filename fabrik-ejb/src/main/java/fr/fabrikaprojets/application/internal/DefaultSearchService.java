package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.SearchService;
import fr.fabrikaprojets.application.search.SearchDocument;
import fr.fabrikaprojets.application.search.SearchHit;
import fr.fabrikaprojets.application.search.SearchIndex;
import fr.fabrikaprojets.application.search.SearchResults;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;

@Stateless
public class DefaultSearchService implements SearchService {

    /** Nobody reads past the 50th page of results; the index is not asked to rank beyond. */
    private static final int DEEPEST = 1_000;
    private static final int LONGEST_QUESTION = 200;

    @Inject
    private SearchIndex index;

    @Inject
    private ProjectAccess access;

    @EJB
    private SearchIndexer indexer;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Page<SearchHit> search(String platformCode, String text, int first, int size) {
        access.requireMember(platformCode, context);
        if (text != null && text.length() > LONGEST_QUESTION) {
            throw BusinessException.invalid("La recherche ne peut pas dépasser " + LONGEST_QUESTION + " caractères.");
        }
        int from = Math.min(Page.boundedFirst(first), DEEPEST);
        int rows = Page.boundedSize(size);
        SearchResults results = index.search(text, platformCode, audiences(), from, rows);
        long total = Math.min(results.total(), DEEPEST + rows);
        return results.exact() && total == results.total() ? new Page<>(results.hits(), from, rows, total)
                : Page.atLeast(results.hits(), from, rows, total);
    }

    @Override
    @RolesAllowed(ADMIN)
    public int rebuildIndex() {
        return indexer.rebuild();
    }

    /** The platform's team finds everything; a partner's member what involves their organisation, and the library. */
    private Set<String> audiences() {
        if (access.isPlatformTeam(context)) {
            return Set.of(SearchDocument.TEAM);
        }
        return access.organisationOf(context)
                .map(organisation -> Set.of(SearchDocument.NETWORK, SearchDocument.organisation(organisation)))
                .orElse(Set.of(SearchDocument.NETWORK));
    }
}
