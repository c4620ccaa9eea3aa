package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.project.Field;
import java.io.Serializable;
import java.util.List;

/** Communes in rows, themes in columns, the number of competent organisations in each cell. */
public final class CoverageTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Field> themes;
    private final List<Row> rows;

    public CoverageTable(List<Field> themes, List<Row> rows) {
        this.themes = List.copyOf(themes);
        this.rows = List.copyOf(rows);
    }

    public List<Field> getThemes() {
        return themes;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** How many cells have no competent organisation. */
    public long getGaps() {
        return rows.stream().flatMap(row -> row.getCounts().stream()).filter(count -> count == 0).count();
    }

    public long count(String inseeCode, Field theme) {
        int column = themes.indexOf(theme);
        return rows.stream().filter(row -> row.getCommune().getInseeCode().equals(inseeCode)).findFirst()
                .map(row -> row.getCounts().get(column)).orElse(0L);
    }

    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Commune commune;
        private final List<Long> counts;

        public Row(Commune commune, List<Long> counts) {
            this.commune = commune;
            this.counts = List.copyOf(counts);
        }

        public Commune getCommune() {
            return commune;
        }

        public List<Long> getCounts() {
            return counts;
        }
    }
}
