package fr.fabrikaprojets.view.tempsforts;

import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.view.CurrentPlatform;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The programme of the temps forts ({@code temps-forts/index.xhtml}): the coming events, then the cycles. */
@Named
@RequestScoped
public class TempsFortsBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @EJB
    private TempsFortsService tempsForts;

    private List<PublicEvent> upcoming = List.of();
    private List<Cycle> cycles = List.of();

    public void load() {
        upcoming = tempsForts.upcoming(currentPlatform.getCode());
        cycles = tempsForts.cycles(currentPlatform.getCode());
    }

    public List<PublicEvent> getUpcoming() {
        return upcoming;
    }

    public List<Cycle> getCycles() {
        return cycles;
    }
}
