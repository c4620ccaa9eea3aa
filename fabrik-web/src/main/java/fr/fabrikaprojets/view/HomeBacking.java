package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.SessionCalendarService;
import fr.fabrikaprojets.domain.model.session.Session;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;

/** The home page ({@code index.xhtml}): what the platform is, and its next session. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentPlatform currentPlatform;

    @EJB
    private SessionCalendarService calendar;

    private Session nextSession;
    private int year;

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        year = today.getYear();
        nextSession = calendar.nextSession(currentPlatform.getCode(), today).orElse(null);
    }

    public Session getNextSession() {
        return nextSession;
    }

    public int getYear() {
        return year;
    }
}
