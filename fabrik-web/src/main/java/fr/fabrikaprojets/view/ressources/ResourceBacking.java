package fr.fabrikaprojets.view.ressources;

import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.view.Feedback;
import fr.fabrikaprojets.web.PageParameters;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A shared resource ({@code ressources/ressource.xhtml?id=3&mois=2026-12&projet=42}): what it is, its month calendar,
 * the requests its owner answers, and the request form of the platform's team.
 */
@Named
@ViewScoped
public class ResourceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @EJB
    private ResourceService resources;

    private String id;
    private String month;
    private String project;
    private Resource resource;
    private boolean manager;
    private boolean team;
    private MonthGrid grid;
    private List<Booking> pending = List.of();
    private String startDate;
    private String startTime = "09:00";
    private String endDate;
    private String endTime = "12:00";
    private String purpose;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        Long parsed = PageParameters.id(id);
        if (parsed != null) {
            Feedback.attempt(() -> resource = resources.resource(parsed));
        }
        if (resource == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        team = external.isUserInRole(Roles.COORDINATOR) || external.isUserInRole(Roles.STAFF)
                || external.isUserInRole(Roles.ADMIN);
        manager = resources.mayManage(resource.getId());
        YearMonth shown = shownMonth();
        Instant from = shown.atDay(1).atStartOfDay(PARIS).toInstant();
        Instant to = shown.plusMonths(1).atDay(1).atStartOfDay(PARIS).toInstant();
        List<Booking> bookings = resources.calendar(resource.getId(), from, to);
        grid = MonthGrid.of(shown, bookings, booking -> manager || team ? booking.getProject().getTitle()
                : Feedback.text("booking.taken"));
        if (manager) {
            pending = resources.pending(resource.getId());
        }
    }

    private YearMonth shownMonth() {
        try {
            return month == null || month.isBlank() ? YearMonth.now(PARIS) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException unreadable) {
            return YearMonth.now(PARIS);
        }
    }

    public String request() {
        Long projectId = PageParameters.id(project);
        if (projectId == null) {
            Feedback.error(Feedback.text("booking.projectMissing"));
            return null;
        }
        if (Feedback.attempt(() -> resources.request(resource.getId(), projectId, instant(startDate, startTime),
                instant(endDate, endTime), purpose))) {
            Feedback.info("booking.requested");
            return reload();
        }
        return null;
    }

    public String accept(Booking booking) {
        if (Feedback.attempt(() -> resources.accept(booking.getId(), booking.getVersion()))) {
            Feedback.info("booking.accepted");
            return reload();
        }
        return null;
    }

    public String decline(Booking booking) {
        if (Feedback.attempt(() -> resources.decline(booking.getId(), booking.getVersion(),
                reasons.get(booking.getId())))) {
            Feedback.info("booking.declined");
            return reload();
        }
        return null;
    }

    public String withdraw() {
        if (Feedback.attempt(() -> resources.withdraw(resource.getId(), resource.getVersion()))) {
            Feedback.info("resource.withdrawn", resource.getName());
            return "/ressources/index.xhtml?faces-redirect=true";
        }
        return null;
    }

    private String reload() {
        return "/ressources/ressource.xhtml?faces-redirect=true&id=" + resource.getId()
                + (month == null ? "" : "&mois=" + month) + (project == null ? "" : "&projet=" + project);
    }

    /** A date and time typed in the form, in Paris time. */
    static Instant instant(String date, String time) {
        if (date == null || date.isBlank()) {
            throw BusinessException.invalid("Indiquez les dates de début et de fin.");
        }
        try {
            LocalTime at = time == null || time.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(time.strip());
            return LocalDate.parse(date.strip()).atTime(at).atZone(PARIS).toInstant();
        } catch (DateTimeParseException unreadable) {
            throw BusinessException.invalid("Date ou heure illisible : « " + date + " " + time + " ».");
        }
    }

    public Resource getResource() {
        return resource;
    }

    public boolean isManager() {
        return manager;
    }

    public boolean isTeam() {
        return team;
    }

    public MonthGrid getGrid() {
        return grid;
    }

    public List<Booking> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
