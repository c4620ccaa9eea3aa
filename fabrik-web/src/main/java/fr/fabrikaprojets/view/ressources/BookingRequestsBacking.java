package fr.fabrikaprojets.view.ressources;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The booking requests waiting on the caller's organisation ({@code ressources/demandes.xhtml}). */
@Named
@RequestScoped
public class BookingRequestsBacking {

    static final int PAGE_SIZE = 20;

    @EJB
    private ResourceService resources;

    private int first;
    private Page<Booking> page;

    public void load() {
        Feedback.attempt(() -> page = resources.awaitingMyAnswer(first, PAGE_SIZE));
    }

    public Page<Booking> getPage() {
        return page;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = Math.max(0, first);
    }
}
