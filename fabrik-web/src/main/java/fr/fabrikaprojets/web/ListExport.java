package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.AdviceService;
import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.application.FollowUpService;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.Refusals;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.project.Action;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Roles;
import fr.fabrikaprojets.view.CurrentPlatform;
import fr.fabrikaprojets.view.FormValues;
import fr.fabrikaprojets.view.PageLanguage;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The exports of the list pages, as CSV or Excel ({@code format=xlsx}), with the page's filters: the library of
 * initiatives, the sheets awaiting a decision, the resources catalogue, the directory, the team's follow-up and a
 * partner's requests. Each export reads the list through the page's own service method, page after page, so that it
 * holds exactly what the caller may see there; at most {@value #MAX_ROWS} rows. Column headings in the caller's
 * language.
 */
@WebServlet(urlPatterns = {"/capitalisation/export", "/capitalisation/a-decider/export", "/ressources/export",
    "/reseau/liste", "/projets/suivi/export", "/espace/demandes/export"})
public class ListExport extends HttpServlet {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;
    static final int MAX_ROWS = 10_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @EJB
    private CapitalisationService capitalisation;

    @EJB
    private ResourceService resources;

    @EJB
    private DirectoryService directory;

    @EJB
    private FollowUpService followUp;

    @EJB
    private AdviceService advice;

    @EJB
    private OrientationService orientations;

    /** One list: its file name, headings, pages and row. */
    private record Table<T>(String name, List<String> header, BiFunction<Integer, Integer, Page<T>> pages,
            Function<T, List<String>> row) {

        List<List<String>> rows() {
            List<List<String>> rows = new ArrayList<>();
            int first = 0;
            Page<T> page;
            do {
                page = pages.apply(first, Page.MAX_SIZE);
                page.getItems().stream().limit(MAX_ROWS - rows.size()).map(row).forEach(rows::add);
                first += Page.MAX_SIZE;
            } while (page.hasNext() && rows.size() < MAX_ROWS);
            return rows;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFormat format = "xlsx".equalsIgnoreCase(request.getParameter("format")) ? ExportFormat.XLSX
                : ExportFormat.CSV;
        // The pages' language (the person's choice, else their browser's); no fallback to the server's own language.
        Locale language = PageLanguage.of(request);
        ResourceBundle words = ResourceBundle.getBundle("fr.fabrikaprojets.i18n.messages", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        byte[] content;
        String name;
        try {
            Table<?> table = table(request, words);
            name = table.name();
            content = format.table(name, table.header(), table.rows());
        } catch (BusinessException refused) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, Refusals.inLanguage(refused.getMessage(),
                    language.getLanguage()));
            return;
        } catch (EJBAccessException forbidden) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, words.getString("error.forbidden"));
            return;
        }
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"fabrik-" + name + "." + format.extension()
                + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private Table<?> table(HttpServletRequest request, ResourceBundle words) {
        String what = request.getParameter("quoi");
        return switch (request.getServletPath()) {
            case "/capitalisation/export" -> library(request, words);
            case "/capitalisation/a-decider/export" -> undecided(words);
            case "/ressources/export" -> catalogue(request, words);
            case "/reseau/liste" -> directory(request, words);
            case "/projets/suivi/export" -> "retards".equals(what) ? overdue(words) : inactive(words);
            default -> "orientations".equals(what) ? orientationRequests(words) : adviceRequests(words);
        };
    }

    private Table<ExperienceSheet> library(HttpServletRequest request, ResourceBundle words) {
        LibraryFilter filter = new LibraryFilter(currentPlatform.getCode(),
                FormValues.parse(Field.class, request.getParameter("theme")), request.getParameter("commune"));
        return new Table<>("initiatives", headings(words, "export.sheet.title", "project.commune",
                "export.fields", "export.outcome", "export.closedOn", "export.holder", "export.summary",
                "sheet.whatWorked", "sheet.whatBlocked"),
                (first, size) -> capitalisation.library(filter, first, size),
                sheet -> List.of(sheet.getTitle(), sheet.getProject().getCommune().getName(),
                        labels(words, "project.field.", sheet.getProject().getFields()),
                        words.getString("project.state." + sheet.getOutcome().name()), day(sheet.getClosedAt()),
                        sheet.getSignature() == null ? words.getString("library.anonymous") : sheet.getSignature(),
                        sheet.getSummary(), text(sheet.getWhatWorked()), text(sheet.getWhatBlocked())));
    }

    private Table<ExperienceSheet> undecided(ResourceBundle words) {
        return new Table<>("fiches-a-decider", headings(words, "export.sheet.title", "project.commune",
                "export.outcome", "export.closedOn", "export.sentOn"),
                (first, size) -> capitalisation.undecided(currentPlatform.getCode(), first, size),
                sheet -> List.of(sheet.getTitle(), sheet.getProject().getCommune().getName(),
                        words.getString("project.state." + sheet.getOutcome().name()), day(sheet.getClosedAt()),
                        day(sheet.getSentAt())));
    }

    private Table<Resource> catalogue(HttpServletRequest request, ResourceBundle words) {
        ResourceFilter filter = new ResourceFilter(currentPlatform.getCode(),
                FormValues.parse(ResourceKind.class, request.getParameter("type")), request.getParameter("commune"),
                "oui".equals(request.getParameter("accessible")), null);
        return new Table<>("ressources", headings(words, "export.resource", "resource.kind", "export.organisation",
                "export.communeCode", "export.capacity", "export.accessible", "export.amountMin", "export.amountMax",
                "export.deadline"),
                (first, size) -> resources.catalogue(filter, first, size),
                resource -> List.of(resource.getName(), words.getString("resource.kind." + resource.getKind().name()),
                        resource.getOrganisation().getShortName(), text(resource.getInseeCode()),
                        number(resource.getCapacity()), words.getString(resource.isWheelchairAccessible()
                                ? "export.yes" : "export.no"), number(resource.getAmountMin()),
                        number(resource.getAmountMax()),
                        resource.getDeadline() == null ? "" : DAY.format(resource.getDeadline())));
    }

    /** The directory as listed; its contacts only for the team, as in the directory's own export. */
    private Table<Organisation> directory(HttpServletRequest request, ResourceBundle words) {
        DirectoryFilter filter = new DirectoryFilter(currentPlatform.getCode(), request.getParameter("q"),
                FormValues.parse(OrganisationKind.class, request.getParameter("type")),
                FormValues.parse(Field.class, request.getParameter("theme")), request.getParameter("commune"));
        boolean team = request.isUserInRole(Roles.COORDINATOR) || request.isUserInRole(Roles.STAFF)
                || request.isUserInRole(Roles.ADMIN);
        List<String> header = new ArrayList<>(headings(words, "export.organisation", "export.fullName",
                "export.kind", "export.fields", "export.communes"));
        if (team) {
            header.addAll(headings(words, "export.address", "export.email", "export.phone"));
        }
        return new Table<>("annuaire", header, (first, size) -> directory.organisations(filter, first, size),
                organisation -> {
                    List<String> row = new ArrayList<>(List.of(organisation.getShortName(),
                            organisation.getFullName(),
                            words.getString("organisation.kind." + organisation.getKind().name()),
                            labels(words, "project.field.", organisation.getThemes()),
                            organisation.isWholeTerritory() ? words.getString("export.wholeTerritory")
                                    : String.join(" | ", organisation.getCommunes().stream().sorted().toList())));
                    if (team) {
                        row.addAll(List.of(text(organisation.getAddress()), text(organisation.getEmail()),
                                text(organisation.getPhone())));
                    }
                    return row;
                });
    }

    private Table<Project> inactive(ResourceBundle words) {
        return new Table<>("projets-sans-nouvelles", headings(words, "project.title", "project.commune",
                "project.state", "export.lastActivity"),
                (first, size) -> followUp.inactiveProjects(currentPlatform.getCode(), first, size),
                project -> List.of(project.getTitle(), project.getCommune().getName(),
                        words.getString("project.state." + project.getState().name()),
                        day(project.getLastActivityAt())));
    }

    private Table<Action> overdue(ResourceBundle words) {
        return new Table<>("actions-en-retard", headings(words, "export.action", "project.title", "export.owner",
                "export.dueDate"),
                (first, size) -> followUp.overdueActions(currentPlatform.getCode(), first, size),
                action -> List.of(action.getDescription(), action.getProject().getTitle(), text(action.getOwner()),
                        action.getDueDate() == null ? "" : DAY.format(action.getDueDate())));
    }

    private Table<Advice> adviceRequests(ResourceBundle words) {
        return new Table<>("avis-demandes", headings(words, "project.title", "export.question", "export.requestedOn",
                "export.status"),
                (first, size) -> advice.requestedOfMe(first, size),
                request -> List.of(request.getProject().getTitle(), text(request.getQuestion()),
                        day(request.getRequestedAt()),
                        words.getString("advice.status." + request.getStatus().name())));
    }

    private Table<Orientation> orientationRequests(ResourceBundle words) {
        return new Table<>("orientations-recues", headings(words, "project.title", "export.need",
                "export.requestedOn", "export.status"),
                (first, size) -> orientations.received(first, size),
                orientation -> List.of(orientation.getProject().getTitle(), orientation.getNeed(),
                        day(orientation.getProposedAt()),
                        words.getString("orientation.state." + orientation.getState().name())));
    }

    private static List<String> headings(ResourceBundle words, String... keys) {
        return Arrays.stream(keys).map(words::getString).toList();
    }

    private static String labels(ResourceBundle words, String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().map(value -> words.getString(prefix + value.name())).sorted()
                .collect(Collectors.joining(" | "));
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(LocalDate.ofInstant(instant, PARIS));
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
