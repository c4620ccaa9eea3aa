package fr.fabrikaprojets.view.animation.tempsforts;

import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.TempsFortsService;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.event.Audience;
import fr.fabrikaprojets.domain.model.event.Cycle;
import fr.fabrikaprojets.domain.model.event.EventDetails;
import fr.fabrikaprojets.domain.model.event.EventKind;
import fr.fabrikaprojets.domain.model.event.PublicEvent;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The coordinator's temps forts ({@code animation/temps-forts.xhtml}): a new cycle with its organising partners
 * (found by name among the network), a new event in a cycle, and the coming events with their registrations.
 */
@Named
@ViewScoped
public class TempsFortsPlanningBacking implements Serializable {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTED = 10;

    @EJB
    private TempsFortsService tempsForts;

    @EJB
    private DirectoryService directory;

    @EJB
    private ReferenceDataService referenceData;

    private List<Cycle> cycles = List.of();
    private List<PublicEvent> upcoming = List.of();
    private List<Commune> communes = List.of();
    private final Map<String, Long> suggested = new HashMap<>();

    private String cycleTitle;
    private String cyclePresentation;
    private String organiser;
    private String coOrganiser;

    private Long cycle;
    private EventKind kind;
    private String title;
    private String description;
    private LocalDate date;
    private LocalTime start = LocalTime.of(18, 0);
    private LocalTime end = LocalTime.of(20, 0);
    private String commune;
    private String venue;
    private String address;
    private String onlineLink;
    private String speakers;
    private int capacity = 50;
    private Audience audience = Audience.PUBLIC;

    public void load() {
        cycles = tempsForts.cycles(currentPlatform.getCode());
        upcoming = tempsForts.upcoming(currentPlatform.getCode());
        communes = referenceData.communes(currentPlatform.getCode());
    }

    public List<String> completeOrganisation(String typed) {
        DirectoryFilter filter = new DirectoryFilter(currentPlatform.getCode(), typed, null, null, null);
        List<Organisation> found = directory.organisations(filter, 0, SUGGESTED).getItems();
        found.forEach(organisation -> suggested.put(organisation.getShortName(), organisation.getId()));
        return found.stream().map(Organisation::getShortName).toList();
    }

    public void createCycle() {
        Set<Long> ids = new HashSet<>();
        Stream.of(organiser, coOrganiser).map(suggested::get).filter(Objects::nonNull).forEach(ids::add);
        Feedback.obtain(() -> tempsForts.createCycle(currentPlatform.getCode(), cycleTitle, cyclePresentation, ids))
                .ifPresent(created -> {
                    Feedback.info("events.cycle.created", created.getTitle());
                    cycleTitle = null;
                    cyclePresentation = null;
                    organiser = null;
                    coOrganiser = null;
                    cycle = created.getId();
                    load();
                });
    }

    public void planEvent() {
        if (cycle == null) {
            Feedback.error(Feedback.text("events.cycle.choose"));
            return;
        }
        Commune place = communes.stream().filter(c -> c.getInseeCode().equals(commune)).findFirst().orElse(null);
        EventDetails details = new EventDetails(kind, title, description, date, start, end, place, venue, address,
                onlineLink, speakers, capacity, audience);
        long chosen = cycle;
        Feedback.obtain(() -> tempsForts.planEvent(chosen, details)).ifPresent(planned -> {
            Feedback.info("events.planned", planned.getTitle());
            title = null;
            description = null;
            speakers = null;
            load();
        });
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public List<Cycle> getCycles() {
        return cycles;
    }

    public List<PublicEvent> getUpcoming() {
        return upcoming;
    }

    public List<Commune> getCommunes() {
        return communes;
    }

    public String getCycleTitle() {
        return cycleTitle;
    }

    public void setCycleTitle(String cycleTitle) {
        this.cycleTitle = cycleTitle;
    }

    public String getCyclePresentation() {
        return cyclePresentation;
    }

    public void setCyclePresentation(String cyclePresentation) {
        this.cyclePresentation = cyclePresentation;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getCoOrganiser() {
        return coOrganiser;
    }

    public void setCoOrganiser(String coOrganiser) {
        this.coOrganiser = coOrganiser;
    }

    public Long getCycle() {
        return cycle;
    }

    public void setCycle(Long cycle) {
        this.cycle = cycle;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getSpeakers() {
        return speakers;
    }

    public void setSpeakers(String speakers) {
        this.speakers = speakers;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }
}
