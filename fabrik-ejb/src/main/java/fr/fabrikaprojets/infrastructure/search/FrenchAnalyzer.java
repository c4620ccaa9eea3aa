package fr.fabrikaprojets.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How French is cut into searchable words: "l'atelier" is "atelier", case and accents do not count ("theatre" is
 * "Théâtre"), common words are left out, and a light stemming makes plurals meet their singular ("jardins",
 * "jardin"). The same analysis reads the texts and the questions.
 */
final class FrenchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new ElisionFilter(source, org.apache.lucene.analysis.fr.FrenchAnalyzer.DEFAULT_ARTICLES);
        words = new LowerCaseFilter(words);
        words = new StopFilter(words, org.apache.lucene.analysis.fr.FrenchAnalyzer.getDefaultStopSet());
        words = new ASCIIFoldingFilter(words);
        words = new FrenchLightStemFilter(words);
        return new TokenStreamComponents(source, words);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
