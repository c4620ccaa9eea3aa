package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.SearchService;
import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.application.search.SearchHit;
import fr.fabrikaprojets.domain.model.advice.Visibility;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.session.Session;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search on a running server: what the services write reaches the index once committed; the French analysis finds
 * "Théâtre" for "theatre" and "jardin" for "jardins"; the title ranks first; matched words are marked; a partner's
 * member finds a project only once their organisation is involved, and never confidential advice.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final String FEDERATION = "Fédération des Centres Sociaux du Pas-de-Calais";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(SearchIT.class, AsCoordinator.class, AsStaff.class, AsAdmin.class,
                AsPartnerMember.class);
    }

    @Inject
    SearchService search;

    @Inject
    ProjectService projects;

    @Inject
    AdviceService advice;

    @Inject
    OrientationService orientations;

    @Inject
    SessionCalendarService calendar;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsAdmin admin;

    @Inject
    AsPartnerMember federation;

    /** A made-up word, different at each run, that ties the test's projects together. */
    private final String tag = "zq" + new Random().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    @BeforeEach
    void theFederationHasAMember() {
        admin.run(() -> {
            referenceData.registerAccount("membre-federation", "Membre Fédération", "membre-federation@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation("membre-federation", Platform.LENS_LIEVIN, FEDERATION);
        });
    }

    @Test
    void frenchWordsAreFoundWhateverTheirAccentsAndPluralsAndEachReaderSeesOnlyWhatTheyMay() throws Exception {
        Project theatre = register("Théâtre forum " + tag, "Des collégiens jouent leurs histoires.");
        Project gardens = register("Jardin partagé " + tag, "Un théâtre de verdure au fond du jardin.");

        List<SearchHit> found = until(() -> team("theatre " + tag), hits -> hits.size() == 2);
        assertEquals(theatre.getId(), found.get(0).getProjectId(), "the word in the title ranks first");
        assertEquals(gardens.getId(), found.get(1).getProjectId());
        assertTrue(found.get(1).getExtract().contains("<mark>théâtre</mark>"), found.get(1).getExtract());
        assertEquals(List.of(gardens.getId()), ids(team("jardins " + tag)), "a plural finds the singular");
        assertEquals(List.of(), ids(team("piscine " + tag)), "every word is required");

        assertEquals(List.of(), ids(federation.call(() -> search.search(Platform.LENS_LIEVIN, "theatre " + tag, 0,
                20)).getItems()), "a partner does not find a project their organisation has nothing to do with");
        long federationId = organisation(FEDERATION);
        long caf = organisation("CAF");
        coordinator.run(() -> orientations.orient(theatre.getId(), federationId, null, "Une salle de répétition"));
        Session session = calendar.nextSession(Platform.LENS_LIEVIN, java.time.LocalDate.now()).orElseThrow();
        coordinator.run(() -> advice.recordLive(theatre.getId(), caf, session.getId(),
                "Confidentiel : la subvention " + tag + " est compromise.", Visibility.CONFIDENTIAL));

        until(() -> federation.call(() -> search.search(Platform.LENS_LIEVIN, "theatre " + tag, 0, 20)).getItems(),
                hits -> ids(hits).contains(theatre.getId()));
        assertEquals(1, until(() -> team("subvention " + tag), hits -> !hits.isEmpty()).size(),
                "the team finds the confidential advice");
        assertEquals(List.of(), ids(federation.call(() -> search.search(Platform.LENS_LIEVIN,
                "subvention " + tag, 0, 20)).getItems()), "a partner never finds confidential advice");

        BusinessException tooLong = assertThrows(BusinessException.class,
                () -> staff.call(() -> search.search(Platform.LENS_LIEVIN, "x".repeat(201), 0, 20)));
        assertTrue(tooLong.getMessage().startsWith("La recherche ne peut pas dépasser"));
        assertTrue(team("").isEmpty());
        assertTrue(team("\"* AND ( " + tag).stream().allMatch(hit -> hit.getTitle().contains(tag)),
                "the query language's signs are ordinary characters");
        assertThrows(Exception.class, () -> federation.call(() -> search.rebuildIndex()));
        List<SearchHit> before = team("theatre " + tag);
        assertEquals(3, before.size(), "the two projects and the advice on the theatre, whose title it bears");
        assertTrue(admin.call(() -> search.rebuildIndex()) >= 2, "the administrator rebuilds the index");
        assertEquals(ids(before), ids(team("theatre " + tag)), "and finds the same after");
    }

    private long organisation(String shortName) {
        return staff.call(() -> referenceData.network(Platform.LENS_LIEVIN, 0, 100)).stream()
                .filter(o -> o.getShortName().equals(shortName)).findFirst().orElseThrow().getId();
    }

    private List<SearchHit> team(String text) {
        return staff.call(() -> search.search(Platform.LENS_LIEVIN, text, 0, 20)).getItems();
    }

    /** The index follows the database once a change commits, on its own thread: waits for it, 20 s at most. */
    private static List<SearchHit> until(Supplier<List<SearchHit>> query,
            java.util.function.Predicate<List<SearchHit>> done) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<SearchHit> hits = query.get();
        while (!done.test(hits) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            hits = query.get();
        }
        assertTrue(done.test(hits), "the index did not follow: " + ids(hits));
        return hits;
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::getProjectId).toList();
    }

    private Project register(String title, String idea) {
        return coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN, new IdeaSubmission(
                HolderKind.INHABITANTS, "Mme Durand", null, null, "06 00 00 00 00", title, idea,
                "Se retrouver entre voisins.", Set.of(Field.CULTURE), "62498", null, null, Set.of(Need.PREMISES),
                true)));
    }
}
