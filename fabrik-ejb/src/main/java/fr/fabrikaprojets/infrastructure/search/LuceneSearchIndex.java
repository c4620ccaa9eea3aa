package fr.fabrikaprojets.infrastructure.search;

import fr.fabrikaprojets.application.search.SearchDocument;
import fr.fabrikaprojets.application.search.SearchHit;
import fr.fabrikaprojets.application.search.SearchIndex;
import fr.fabrikaprojets.application.search.SearchResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The search index in a directory of the server's disk. One writer for the application, searchers refreshed after
 * each change (near real time). A query is the words of the question, each required in the title (which counts
 * three times) or the text, filtered by platform and by the reader's audiences; results carry an extract with the
 * matched words in {@code <mark>}, the rest of the text escaped. The text's words are indexed with their offsets, so
 * that extracts are cut from the index rather than from the text analysed again at each search (a few megabytes of
 * work per page of results); an index written without them by an earlier version is started again empty, and the
 * server rebuilds it from the database at start-up.
 */
public final class LuceneSearchIndex implements SearchIndex, AutoCloseable {

    private static final String KEY = "key";
    private static final String PROJECT = "project";
    private static final String SHEET = "sheet";
    private static final String KIND = "kind";
    private static final String PLATFORM = "platform";
    private static final String AUDIENCE = "audience";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    /** What a hit shows: the text its extract is cut from, and the rest. */
    private static final Set<String> READ = Set.of(PROJECT, SHEET, KIND, TITLE, BODY);
    /** The commit's own data: when it was made. */
    private static final String COMMITTED_AT = "committedAt";
    /** The commit's own data: how its documents are indexed; an index in another format is not read. */
    private static final String FORMAT = "format";
    private static final String CURRENT_FORMAT = "2";
    private static final float TITLE_WEIGHT = 3f;
    private static final int MAX_WORDS = 20;
    private static final int EXTRACT_WITHOUT_MATCH = 240;
    /** The text, stored for its extracts, its words indexed with their offsets to cut them (format 2). */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    private final FSDirectory directory;
    private final Analyzer analyzer = new FrenchAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KeptResults kept = new KeptResults();

    public LuceneSearchIndex(Path path) throws IOException {
        directory = FSDirectory.open(path);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(
                inCurrentFormat(directory) ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                        : IndexWriterConfig.OpenMode.CREATE));
        searchers = new SearcherManager(writer, null);
    }

    /** No index yet, or one this version wrote. */
    private static boolean inCurrentFormat(FSDirectory directory) throws IOException {
        return !DirectoryReader.indexExists(directory)
                || CURRENT_FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT));
    }

    @Override
    public void replaceProject(long projectId, List<SearchDocument> documents) {
        try {
            Term project = new Term(PROJECT, String.valueOf(projectId));
            if (documents.isEmpty()) {
                writer.deleteDocuments(project);
            } else {
                // One atomic replacement: two threads reindexing the same project never leave it twice.
                writer.updateDocuments(project, documents.stream().map(LuceneSearchIndex::lucene).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Index de recherche : projet n° " + projectId + " non indexé.", e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.setLiveCommitData(Map.of(COMMITTED_AT, String.valueOf(System.currentTimeMillis()),
                    FORMAT, CURRENT_FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Index de recherche : enregistrement impossible.", e);
        }
    }

    @Override
    public SearchResults search(String text, String platformCode, Set<String> audiences, int first, int max) {
        List<String> words = words(text);
        if (words.isEmpty() || audiences.isEmpty()) {
            return new SearchResults(List.of(), 0, true);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return kept.of(searcher.getIndexReader(),
                        new KeptResults.Question(words, platformCode, Set.copyOf(audiences), first, max),
                        () -> find(searcher, words, platformCode, audiences, first, max));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Index de recherche : lecture impossible.", e);
        }
    }

    /** One page of the hits of the question's words on this searcher, ranked, with their extracts. */
    private SearchResults find(IndexSearcher searcher, List<String> words, String platformCode, Set<String> audiences,
            int first, int max) {
        try {
            Query query = query(searcher.getIndexReader(), words, platformCode, audiences);
            // Hits are counted up to a thousand (the searcher's threshold), then only ranked: counting every hit
            // of a common word walked all its documents at each page.
            TopDocs top = searcher.search(query, first + max);
            ScoreDoc[] page = first >= top.scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, first, Math.min(top.scoreDocs.length, first + max));
            // The words are single terms: their offsets in the body's postings are enough to mark them, without
            // matching the whole query (filters included) again on each hit, which cost as much as the search.
            HitsHighlighter highlighter = new HitsHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                    .withWeightMatches(false)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)), READ);
            String[] extracts = highlighter.highlight(BODY, query, new TopDocs(top.totalHits, page), 2);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(highlighter.document(page[i].doc), extracts[i]));
            }
            return new SearchResults(hits, top.totalHits.value,
                    top.totalHits.relation == TotalHits.Relation.EQUAL_TO);
        } catch (IOException e) {
            throw new UncheckedIOException("Index de recherche : lecture impossible.", e);
        }
    }

    @Override
    public long size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long projects() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.count(new TermQuery(new Term(KIND, SearchHit.Kind.PROJECT.name())));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Instant> committedAt() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (COMMITTED_AT.equals(entry.getKey())) {
                    return Optional.of(Instant.ofEpochMilli(Long.parseLong(entry.getValue())));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Index de recherche : effacement impossible.", e);
        }
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** The question's words as the index holds them; at most {@value #MAX_WORDS}, duplicates once. */
    private List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(words);
    }

    /**
     * Every word, in the title or the text, within the platform and what the reader may see. A filter that every
     * document passes (a single platform; the team, who sees every project) is left out: the search walked its
     * postings, as long as the index, beside the words'.
     */
    private static Query query(IndexReader reader, List<String> words, String platformCode, Set<String> audiences)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), TITLE_WEIGHT), Occur.SHOULD)
                    .add(new TermQuery(new Term(BODY, word)), Occur.SHOULD).build(), Occur.MUST);
        }
        Term platform = new Term(PLATFORM, platformCode);
        if (!everyDocumentHas(reader, platform)) {
            query.add(new TermQuery(platform), Occur.FILTER);
        }
        List<Term> readers = audiences.stream().map(audience -> new Term(AUDIENCE, audience)).toList();
        boolean everyoneVisible = false;
        for (Term audience : readers) {
            everyoneVisible |= everyDocumentHas(reader, audience);
        }
        if (!everyoneVisible) {
            BooleanQuery.Builder visible = new BooleanQuery.Builder();
            readers.forEach(audience -> visible.add(new TermQuery(audience), Occur.SHOULD));
            query.add(visible.build(), Occur.FILTER);
        }
        return query.build();
    }

    /** Counted with deleted documents too: a term of every document ever indexed is certainly in every live one. */
    private static boolean everyDocumentHas(IndexReader reader, Term term) throws IOException {
        return reader.maxDoc() > 0 && reader.docFreq(term) == reader.maxDoc();
    }

    private static Document lucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(KEY, source.key(), Store.YES));
        document.add(new StringField(PROJECT, String.valueOf(source.projectId()), Store.YES));
        document.add(new StringField(KIND, source.kind().name(), Store.YES));
        if (source.sheetId() != null) {
            document.add(new StoredField(SHEET, source.sheetId()));
        }
        document.add(new StringField(PLATFORM, source.platformCode(), Store.NO));
        source.audiences().forEach(audience -> document.add(new StringField(AUDIENCE, audience, Store.NO)));
        document.add(new TextField(TITLE, source.title() == null ? "" : source.title(), Store.YES));
        document.add(new Field(BODY, source.body() == null ? "" : source.body(), BODY_TYPE));
        return document;
    }

    /**
     * A hit's fields, and its extract: the beginning of its text when the highlighter gave none (an empty text: with
     * no word found in a text, it gives the text's first sentences).
     */
    private static SearchHit hit(Document document, String extract) {
        String shown = extract != null ? extract : beginning(document.get(BODY));
        Long sheet = document.getField(SHEET) == null ? null : document.getField(SHEET).numericValue().longValue();
        return new SearchHit(SearchHit.Kind.valueOf(document.get(KIND)), Long.parseLong(document.get(PROJECT)), sheet,
                document.get(TITLE), shown);
    }

    private static String beginning(String body) {
        return escaped(body.length() <= EXTRACT_WITHOUT_MATCH ? body : body.substring(0, EXTRACT_WITHOUT_MATCH) + " …");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
