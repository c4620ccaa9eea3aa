package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.resource.Resource;
import java.io.Serializable;
import java.util.List;

/** Partners and resources that could answer a project, best first; each partner says why. */
public final class Suggestions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Partner> partners;
    private final List<Resource> resources;

    public Suggestions(List<Partner> partners, List<Resource> resources) {
        this.partners = List.copyOf(partners);
        this.resources = List.copyOf(resources);
    }

    public List<Partner> getPartners() {
        return partners;
    }

    public List<Resource> getResources() {
        return resources;
    }

    /** A suggested partner and the reasons: themes in common, needs it offers to meet, place, past outcomes. */
    public static final class Partner implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Organisation organisation;
        private final int score;
        private final List<Field> themes;
        private final List<Need> needs;
        private final boolean wholeTerritory;
        private final long helped;
        private final long concluded;
        private final boolean alreadyOriented;

        public Partner(Organisation organisation, int score, List<Field> themes, List<Need> needs,
                boolean wholeTerritory, long helped, long concluded, boolean alreadyOriented) {
            this.organisation = organisation;
            this.score = score;
            this.themes = List.copyOf(themes);
            this.needs = List.copyOf(needs);
            this.wholeTerritory = wholeTerritory;
            this.helped = helped;
            this.concluded = concluded;
            this.alreadyOriented = alreadyOriented;
        }

        public Organisation getOrganisation() {
            return organisation;
        }

        public int getScore() {
            return score;
        }

        public List<Field> getThemes() {
            return themes;
        }

        public List<Need> getNeeds() {
            return needs;
        }

        /** Acts everywhere rather than in the project's commune by name. */
        public boolean isWholeTerritory() {
            return wholeTerritory;
        }

        /** Orientations to this partner that ended in help obtained. */
        public long getHelped() {
            return helped;
        }

        /** Orientations to this partner that reached an outcome. */
        public long getConcluded() {
            return concluded;
        }

        public boolean isAlreadyOriented() {
            return alreadyOriented;
        }

        /** The need an orientation made from this suggestion is for. */
        public Need getFirstNeed() {
            return needs.isEmpty() ? null : needs.get(0);
        }
    }
}
