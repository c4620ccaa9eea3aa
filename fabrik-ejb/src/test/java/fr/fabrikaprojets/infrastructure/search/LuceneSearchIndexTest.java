package fr.fabrikaprojets.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.application.search.SearchDocument;
import fr.fabrikaprojets.application.search.SearchHit;
import fr.fabrikaprojets.application.search.SearchResults;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

    private static final String LENS = "lens-lievin";
    private static final Set<String> TEAM = Set.of(SearchDocument.TEAM);

    @TempDir
    Path directory;

    private LuceneSearchIndex index;

    @BeforeEach
    void someProjects() throws Exception {
        index = new LuceneSearchIndex(directory);
        index.replaceProject(1, List.of(project(1, "Théâtre d'improvisation pour ados",
                "Des ateliers de théâtre au centre social.", SearchDocument.TEAM, "org:7")));
        index.replaceProject(2, List.of(project(2, "Jardin partagé de la cité 9",
                "Cultiver ensemble ; l'atelier <script>alert(1)</script> du mercredi.", SearchDocument.TEAM)));
        index.replaceProject(3, List.of(project(3, "Cuisine des familles",
                "Après les jardins, une cuisine : on y prépare ce que les jardins donnent.", SearchDocument.TEAM),
                new SearchDocument(SearchHit.Kind.SHEET, "sheet:5", 3, 5L, LENS, "Cuisine des familles",
                        "Ce qui a marché : le théâtre des enfants le samedi.",
                        Set.of(SearchDocument.TEAM, SearchDocument.NETWORK))));
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void anIndexOpenedAgainKnowsWhenItWasLastMadeDurable() throws Exception {
        Instant committed = index.committedAt().orElseThrow();
        assertTrue(!committed.isAfter(Instant.now()) && committed.isAfter(Instant.now().minusSeconds(60)), committed
                .toString());
        index.close();
        index = new LuceneSearchIndex(directory);
        assertEquals(Optional.of(committed), index.committedAt(), "what a server restarted on this index finds");
        assertEquals(3, index.projects());
    }

    @Test
    void aNewIndexWasNeverMadeDurable(@TempDir Path empty) throws Exception {
        try (LuceneSearchIndex fresh = new LuceneSearchIndex(empty)) {
            assertEquals(Optional.empty(), fresh.committedAt());
        }
    }

    @Test
    void anIndexWrittenWithoutTheWordsOffsetsIsStartedAgainEmptyAndTakesNewDocuments(@TempDir Path earlier)
            throws Exception {
        try (FSDirectory old = FSDirectory.open(earlier);
                IndexWriter writer = new IndexWriter(old, new IndexWriterConfig(new FrenchAnalyzer()))) {
            Document garden = new Document();
            garden.add(new StringField("project", "2", Store.YES));
            garden.add(new StringField("kind", "PROJECT", Store.YES));
            garden.add(new TextField("body", "Cultiver ensemble.", Store.YES));
            writer.addDocument(garden);
            writer.setLiveCommitData(Map.of("committedAt", "1700000000000").entrySet());
            writer.commit();
        }
        try (LuceneSearchIndex upgraded = new LuceneSearchIndex(earlier)) {
            assertEquals(0, upgraded.projects(), "nothing of the earlier index: the server rebuilds it");
            assertEquals(Optional.empty(), upgraded.committedAt());
            upgraded.replaceProject(2,
                    List.of(project(2, "Jardin partagé", "Cultiver ensemble.", SearchDocument.TEAM)));
            upgraded.commit();
            assertEquals("<mark>Cultiver</mark> ensemble.",
                    upgraded.search("cultiver", LENS, TEAM, 0, 10).hits().get(0).getExtract());
        }
        try (LuceneSearchIndex reopened = new LuceneSearchIndex(earlier)) {
            assertEquals(1, reopened.projects(), "an index in the current format is kept");
        }
    }

    @Test
    void accentsCaseAndArticlesDoNotCount() {
        assertEquals(Set.of(1L, 3L), projects(index.search("THEATRE", LENS, TEAM, 0, 10)));
        assertEquals(Set.of(2L), projects(index.search("atelier cultiver", LENS, TEAM, 0, 10)),
                "every word is required: the garden has both, the theatre only one");
        assertEquals(Set.of(1L, 2L), projects(index.search("l’atelier", LENS, TEAM, 0, 10)), "elided article");
    }

    @Test
    void pluralsMeetTheirSingularAndTheTitleRanksFirst() {
        SearchResults gardens = index.search("jardins", LENS, TEAM, 0, 10);
        assertEquals(2, gardens.total());
        assertEquals(2L, gardens.hits().get(0).getProjectId(), "a word of the title ranks above the text");
        assertEquals(3L, gardens.hits().get(1).getProjectId());
    }

    @Test
    void theMatchedWordsAreMarkedAndTheRestEscaped() {
        SearchHit garden = index.search("atelier", LENS, TEAM, 0, 10).hits().stream()
                .filter(hit -> hit.getProjectId() == 2).findFirst().orElseThrow();
        assertTrue(garden.getExtract().contains("atelier</mark>"), garden.getExtract());
        assertTrue(garden.getExtract().contains("&lt;script&gt;"), garden.getExtract());
        assertTrue(!garden.getExtract().contains("<script>"), garden.getExtract());
    }

    @Test
    void aHitShowsItsKindTitleAndLinksWhereverItsWordsAre() {
        SearchHit sheet = index.search("samedi", LENS, TEAM, 0, 10).hits().get(0);
        assertEquals(SearchHit.Kind.SHEET, sheet.getKind());
        assertEquals(3L, sheet.getProjectId());
        assertEquals(5L, sheet.getSheetId());
        assertEquals("Cuisine des familles", sheet.getTitle());
        assertTrue(sheet.getExtract().contains("<mark>samedi</mark>"), sheet.getExtract());
        index.replaceProject(4, List.of(project(4, "Fresque du quartier",
                "Peindre <b>ensemble</b> un mur. ".repeat(40), SearchDocument.TEAM)));
        index.commit();
        SearchHit fresco = index.search("fresque", LENS, TEAM, 0, 10).hits().get(0);
        assertEquals("Fresque du quartier", fresco.getTitle());
        assertTrue(fresco.getExtract().startsWith("Peindre &lt;b&gt;ensemble&lt;"), fresco.getExtract());
        assertTrue(!fresco.getExtract().contains("<b>"), fresco.getExtract());
        assertTrue(fresco.getExtract().length() < 600, "the text's beginning, not all of it: " + fresco.getExtract());
    }

    @Test
    void eachReaderFindsOnlyWhatTheirAudiencesMaySee() {
        assertEquals(Set.of(1L), projects(index.search("théâtre", LENS, Set.of("org:7"), 0, 10)),
                "the organisation involved in the theatre project");
        SearchResults network = index.search("théâtre", LENS, Set.of(SearchDocument.NETWORK, "org:8"), 0, 10);
        assertEquals(1, network.total());
        assertEquals(SearchHit.Kind.SHEET, network.hits().get(0).getKind(), "a published sheet, nothing else");
        assertEquals(5L, network.hits().get(0).getSheetId());
        assertEquals(0, index.search("théâtre", "arras", TEAM, 0, 10).total(), "another platform's data");
    }

    @Test
    void onceAnotherPlatformIsIndexedEachFindsOnlyItsOwn() {
        index.replaceProject(20, List.of(new SearchDocument(SearchHit.Kind.PROJECT, "project:20", 20, null, "arras",
                "Théâtre à Arras", "Une troupe de quartier.", Set.of(SearchDocument.TEAM))));
        index.commit();
        assertEquals(Set.of(1L, 3L), projects(index.search("théâtre", LENS, TEAM, 0, 10)));
        assertEquals(Set.of(20L), projects(index.search("théâtre", "arras", TEAM, 0, 10)));
    }

    @Test
    void replacingAProjectReplacesAllItsDocumentsAndOddQuestionsFindNothingWithoutFailing() {
        index.replaceProject(3, List.of());
        index.commit();
        assertEquals(Set.of(2L), projects(index.search("jardins", LENS, TEAM, 0, 10)));
        assertEquals(0, index.search("  ", LENS, TEAM, 0, 10).total());
        assertEquals(0, index.search("le la les", LENS, TEAM, 0, 10).total(), "only common words");
        assertEquals(Set.of(2L), projects(index.search("jardin (cité) \"* ~", LENS, TEAM, 0, 10)),
                "the query language's signs are ordinary characters");
        assertEquals(1, index.search("jardin", LENS, TEAM, 1, 10).total(), "the total, whatever the page");
        assertTrue(index.search("jardin", LENS, TEAM, 5, 10).hits().isEmpty());
    }

    @Test
    void aQuestionAskedAgainIsAnsweredFromTheSameStateOfTheIndexAndAChangeShowsOnceMadeDurable() {
        SearchResults gardens = index.search("jardin", LENS, TEAM, 0, 10);
        assertEquals(Set.of(2L, 3L), projects(gardens));
        assertSame(gardens, index.search("jardins", LENS, TEAM, 0, 10), "the same words asked of the same reader");
        assertEquals(Set.of(), projects(index.search("jardin", LENS, Set.of("org:7"), 0, 10)),
                "another reader's audiences: their own results");
        index.replaceProject(4, List.of(project(4, "Jardin des écoles", "Un potager.", SearchDocument.TEAM)));
        index.replaceProject(3, List.of());
        index.commit();
        assertEquals(Set.of(2L, 4L), projects(index.search("jardin", LENS, TEAM, 0, 10)));
    }

    @Test
    void aWordOfThousandsOfProjectsIsCountedExactlyOnlyUpToAThousand() {
        for (long id = 10; id < 1_510; id++) {
            index.replaceProject(id, List.of(project(id, "Jardin n° " + id, "Un jardin de quartier.",
                    SearchDocument.TEAM)));
        }
        index.commit();
        SearchResults gardens = index.search("jardin", LENS, TEAM, 40, 20);
        assertEquals(20, gardens.hits().size(), "the page asked is still there");
        assertTrue(!gardens.exact() && gardens.total() >= 1_000 && gardens.total() <= 1_502,
                "a lower bound: " + gardens.total());
        SearchResults fewer = index.search("jardin partagé", LENS, TEAM, 0, 20);
        assertTrue(fewer.exact(), "under a thousand, the count is exact");
        assertEquals(1, fewer.total());
    }

    @Test
    void eachHitOfAPageShowsItsOwnTitleAndExtract() {
        for (long id = 10; id < 70; id++) {
            // The word repeated a varying number of times: ranked otherwise than indexed.
            index.replaceProject(id, List.of(project(id, "Potager n° " + id,
                    "potager ".repeat(1 + (int) (id * 7 % 5)) + "de la rue " + id + ".", SearchDocument.TEAM)));
        }
        index.commit();
        List<SearchHit> page = index.search("potager", LENS, TEAM, 20, 20).hits();
        assertEquals(20, page.size());
        for (SearchHit hit : page) {
            assertEquals("Potager n° " + hit.getProjectId(), hit.getTitle());
            assertTrue(hit.getExtract().contains("rue " + hit.getProjectId() + "."), hit.getExtract());
        }
    }

    private static SearchDocument project(long id, String title, String body, String... audiences) {
        return new SearchDocument(SearchHit.Kind.PROJECT, "project:" + id, id, null, LENS, title, body,
                Set.of(audiences));
    }

    private static Set<Long> projects(SearchResults results) {
        return results.hits().stream().map(SearchHit::getProjectId).collect(java.util.stream.Collectors.toSet());
    }
}
