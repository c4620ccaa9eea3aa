package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import java.io.Serializable;
import java.util.List;

/** What the holder's link shows: the minutes of their presentation and the advice shared with them. */
public final class MinutesForHolder implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Presentation presentation;
    private final List<Advice> sharedAdvice;

    public MinutesForHolder(Presentation presentation, List<Advice> sharedAdvice) {
        this.presentation = presentation;
        this.sharedAdvice = List.copyOf(sharedAdvice);
    }

    public Presentation getPresentation() {
        return presentation;
    }

    public List<Advice> getSharedAdvice() {
        return sharedAdvice;
    }
}
