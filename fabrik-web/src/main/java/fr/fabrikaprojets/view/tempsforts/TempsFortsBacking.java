package fr.fabrikaprojets.view.tempsforts;

import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.platform.Platform;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The programme of the temps forts ({@code temps-forts/index.xhtml}): the coming events, then the cycles. */
@Named
@RequestScoped
public class TempsFortsBacking {

    @EJB
    private TempsFortsService tempsForts;

    private List<PublicEvent> upcoming = List.of();
    private List<Cycle> cycles = List.of();

    public void load() {
        upcoming = tempsForts.upcoming(Platform.LENS_LIEVIN);
        cycles = tempsForts.cycles(Platform.LENS_LIEVIN);
    }

    public List<PublicEvent> getUpcoming() {
        return upcoming;
    }

    public List<Cycle> getCycles() {
        return cycles;
    }
}
