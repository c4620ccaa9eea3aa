package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import java.io.Serializable;
import java.util.List;

/** What an organisation did with the projects of the platform: the advice asked of it and the orientations it received. */
public final class PartnerLinks implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Advice> advice;
    private final List<Orientation> orientations;

    public PartnerLinks(List<Advice> advice, List<Orientation> orientations) {
        this.advice = List.copyOf(advice);
        this.orientations = List.copyOf(orientations);
    }

    public List<Advice> getAdvice() {
        return advice;
    }

    public List<Orientation> getOrientations() {
        return orientations;
    }
}
