package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.CapitalisationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.SheetSummary;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.capitalisation.LibraryFilter;
import fr.fabrikaprojets.domain.model.capitalisation.Publication;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectHolder;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.model.project.TimelineEvent;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Stateless
public class DefaultCapitalisationService implements CapitalisationService {

    static final String SUBJECT = "ExperienceSheet";
    /** The list {@link ActivityCache#keptPage} keeps the library's pages as. */
    private static final String LIBRARY_PAGE = "library";
    private static final String HOLDER = "porteur";

    @Inject
    private ExperienceSheetRepository sheets;

    @Inject
    private ProjectRepository projects;

    @Inject
    private ProjectAccess access;

    @Inject
    private SheetDrafter drafter;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ActivityCache cache;

    @Inject
    private Event<MessagesReady> messages;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public Page<ExperienceSheet> library(LibraryFilter asked, int first, int size) {
        return published(visibleOnly(asked), Page.boundedFirst(first), Page.boundedSize(size));
    }

    @Override
    @PermitAll
    public Page<SheetSummary> libraryPage(LibraryFilter asked, int first, int size) {
        LibraryFilter filter = visibleOnly(asked);
        return cache.keptPage(LIBRARY_PAGE, filter, first, size,
                (from, rows) -> published(filter, from, rows).map(SheetSummary::of));
    }

    /** The network of the platform reads every published sheet; anyone else only those opened to everyone. */
    private LibraryFilter visibleOnly(LibraryFilter asked) {
        if (asked == null || asked.platformCode() == null) {
            throw BusinessException.invalid("Choisissez une plateforme.");
        }
        return access.worksOn(asked.platformCode(), context) ? asked : asked.forPublic();
    }

    /** Counted up to a few pages ahead, as the projects list is: "more than …" beyond. */
    private Page<ExperienceSheet> published(LibraryFilter filter, int from, int rows) {
        return Page.counted(from, rows, cap -> sheets.publishedIds(filter, 0, cap),
                at -> sheets.publishedIds(filter, at, rows), cap -> sheets.countPublished(filter, cap),
                sheets::withIds);
    }

    @Override
    @RolesAllowed({STAFF, COORDINATOR, ADMIN})
    public Page<ExperienceSheet> undecided(String platformCode, int first, int size) {
        access.requireMember(platformCode, context);
        int from = Page.boundedFirst(first);
        int rows = Page.boundedSize(size);
        return new Page<>(sheets.undecided(platformCode, from, rows), from, rows, sheets.countUndecided(platformCode));
    }

    @Override
    @PermitAll
    public ExperienceSheet sheet(long sheetId) {
        return readable(sheets.find(sheetId));
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public ExperienceSheet sheetOfProject(long projectId) {
        Optional<ExperienceSheet> found = sheets.ofProject(projectId);
        if (found.isEmpty() && access.isPlatformTeam(context)) {
            Project project = access.visibleProject(projectId, context);
            if (project.getState().isClosed()) {
                drafter.draft(project, project.getLastActivityAt());
                found = sheets.ofProject(projectId);
            }
        }
        return readable(found);
    }

    @Override
    @RolesAllowed({STAFF, COORDINATOR, ADMIN})
    public ExperienceSheet complete(long sheetId, long version, String title, String summary, String journey,
            String whatWorked, String whatBlocked) {
        ExperienceSheet sheet = current(sheetId, version);
        sheet.complete(title, summary, journey, whatWorked, whatBlocked);
        record(sheet, access.caller(context), "sheet.completed", "Fiche d’expérience complétée.");
        return sheet;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public ExperienceSheet sendToHolder(long sheetId, long version) {
        ExperienceSheet sheet = current(sheetId, version);
        ProjectHolder holder = sheet.getProject().getHolder();
        if (holder.getEmail() == null) {
            throw BusinessException.invalid("Le porteur n’a pas d’adresse e-mail : lisez-lui la fiche par téléphone, "
                    + "puis enregistrez sa décision.");
        }
        if (sheet.getPublication() != null) {
            throw BusinessException.conflict("Le porteur a déjà décidé de la publication de cette fiche.");
        }
        String token = HolderTokens.newToken();
        sheet.sendToHolder(HolderTokens.hash(token), Instant.now(clock));
        record(sheet, access.caller(context), "sheet.sent", "Fiche d’expérience envoyée au porteur.");
        messages.fire(MessagesReady.of(MailTexts.in(holder.getLanguage()).message(holder.getEmail(),
                holder.getName(), "sheet.sent", null, "title", sheet.getProject().getTitle(), "link",
                PublicLinks.page("/porteur/fiche.xhtml?jeton=" + token))));
        return sheet;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public ExperienceSheet recordDecision(long sheetId, long version, Publication decision) {
        ExperienceSheet sheet = current(sheetId, version);
        String caller = access.caller(context);
        sheet.decide(decision, caller, Instant.now(clock));
        record(sheet, caller, "sheet.decided", "Décision du porteur enregistrée par " + caller + " : "
                + describe(decision) + ".");
        return sheet;
    }

    @Override
    @PermitAll
    public ExperienceSheet forHolder(String token) {
        return byToken(token);
    }

    @Override
    @PermitAll
    public ExperienceSheet decideAsHolder(String token, long version, String whatWorked, String whatBlocked,
            Publication decision) {
        ExperienceSheet sheet = byToken(token);
        if (sheet.getVersion() != version) {
            throw BusinessException.conflict("L’animatrice a modifié la fiche pendant que vous la lisiez : relisez-la "
                    + "avant de décider.");
        }
        sheet.completeAsHolder(whatWorked, whatBlocked);
        sheet.decide(decision, HOLDER, Instant.now(clock));
        record(sheet, HOLDER, "sheet.decided", "Le porteur a complété sa fiche d’expérience : "
                + describe(decision) + ".");
        return sheet;
    }

    /**
     * A sheet opened to everyone is read by anyone; a published one by the network of its platform; any other by the
     * platform's team.
     */
    private ExperienceSheet readable(Optional<ExperienceSheet> found) {
        return found.filter(sheet -> sheet.isPublic() || access.worksOn(sheet.getProject().getPlatform().getCode(),
                context) && (sheet.isPublished() || access.isPlatformTeam(context)))
                .orElseThrow(() -> BusinessException.notFound("Cette fiche d’expérience n’existe pas ou n’est pas "
                        + "publiée."));
    }

    /** The sheet as edited by its platform's team (another platform's is answered as missing), at this version. */
    private ExperienceSheet current(long sheetId, long version) {
        ExperienceSheet sheet = sheets.find(sheetId)
                .filter(found -> access.worksOn(found.getProject().getPlatform().getCode(), context))
                .orElseThrow(() -> BusinessException.notFound("Cette fiche d’expérience n’existe pas."));
        if (sheet.getVersion() != version) {
            throw BusinessException.conflict("Cette fiche a été modifiée par quelqu’un d’autre pendant que vous la "
                    + "lisiez. Rechargez la page.");
        }
        return sheet;
    }

    private ExperienceSheet byToken(String token) {
        String hash = HolderTokens.hash(token);
        return (hash == null ? Optional.<ExperienceSheet>empty() : sheets.findByHolderToken(hash))
                .orElseThrow(() -> BusinessException.notFound("Ce lien n’est plus valable : votre décision a peut-"
                        + "être déjà été enregistrée. Pour toute question, appelez l’animatrice de la plateforme."));
    }

    private static String describe(Publication decision) {
        return switch (decision) {
            case NOT_PUBLISHED -> "pas de publication";
            case NAMED -> "publiée sous le nom du porteur";
            case ANONYMOUS -> "publiée sans le nom du porteur";
            case PUBLIC_NAMED -> "publiée pour tous sous le nom du porteur";
            case PUBLIC_ANONYMOUS -> "publiée pour tous sans le nom du porteur";
        };
    }

    private void record(ExperienceSheet sheet, String actor, String action, String description) {
        Project project = sheet.getProject();
        Instant now = Instant.now(clock);
        projects.record(new TimelineEvent(project, now, TimelineEvent.Kind.NOTE, actor, description));
        auditTrail.record(actor, project.getPlatform().getCode(), SUBJECT, sheet.getId(), action, description);
    }
}
