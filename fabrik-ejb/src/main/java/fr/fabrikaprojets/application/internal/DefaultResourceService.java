package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.ResourceSummary;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceDetails;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import fr.fabrikaprojets.domain.model.resource.ResourceRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

@Stateless
public class DefaultResourceService implements ResourceService {

    /** The list {@link ActivityCache#keptPage} keeps the pages of the catalogue as. */
    private static final String CATALOGUE_PAGE = "catalogue";
    private static final int MAX_CALENDAR = 200;
    private static final int MAX_OF_PROJECT = 50;
    private static final int MAX_RECIPIENTS = 20;
    private static final int MAX_PENDING = 100;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    @jakarta.annotation.Resource
    private SessionContext context;

    @Inject
    private ProjectAccess access;

    @Inject
    private ResourceRepository resources;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private CommuneRepository communes;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Event<MessagesReady> messages;

    @Inject
    private Clock clock;

    @Inject
    private ActivityCache cache;

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Page<Resource> catalogue(ResourceFilter filter, int first, int size) {
        requireReader(filter);
        return matching(filter, Page.boundedFirst(first), Page.boundedSize(size));
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Page<ResourceSummary> cataloguePage(ResourceFilter filter, int first, int size) {
        requireReader(filter);
        return cache.keptPage(CATALOGUE_PAGE, filter, first, size, (from, rows) -> matching(filter, from, rows)
                .map(ResourceSummary::of));
    }

    private void requireReader(ResourceFilter filter) {
        if (filter == null) {
            throw BusinessException.invalid("Indiquez la plateforme du catalogue.");
        }
        access.requireMember(filter.platformCode(), context);
    }

    private Page<Resource> matching(ResourceFilter filter, int from, int rows) {
        return Page.ofMatches(resources.catalogueIds(filter, 0, Page.MATCHES_READ_AT_ONCE + 1), from, rows,
                resources::withIds,
                () -> new Page<>(resources.catalogue(filter, from, rows), from, rows, resources.count(filter)));
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Resource resource(long resourceId) {
        return existing(resourceId);
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public boolean mayManage(long resourceId) {
        return resources.find(resourceId).map(resource -> owns(resource.getOrganisation())).orElse(false);
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Resource offer(long organisationId, ResourceDetails details) {
        Organisation organisation = organisations.find(organisationId)
                .filter(found -> access.worksOn(found.getPlatform().getCode(), context))
                .orElseThrow(() -> BusinessException.notFound(
                "L’organisation n° " + organisationId + " n’existe pas."));
        if (!owns(organisation)) {
            throw BusinessException.forbidden("Vous ne pouvez proposer que les ressources de votre organisation.");
        }
        requireDetails(details, organisation.getPlatform().getCode());
        Resource resource = new Resource(organisation, details);
        resources.store(resource);
        auditTrail.record(access.caller(context), organisation.getPlatform().getCode(), "Resource", resource.getId(),
                "resource.offer", organisation.getShortName() + " propose « " + details.name() + " ».");
        return resource;
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Resource describe(long resourceId, long version, ResourceDetails details) {
        Resource resource = managed(resourceId, version);
        requireDetails(details, resource.getOrganisation().getPlatform().getCode());
        resource.describe(details);
        auditTrail.record(access.caller(context), resource.getOrganisation().getPlatform().getCode(), "Resource",
                resourceId, "resource.update", "Ressource modifiée : « " + details.name() + " ».");
        return resource;
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public void withdraw(long resourceId, long version) {
        Resource resource = managed(resourceId, version);
        resource.withdraw();
        for (Booking waiting : resources.requestedFor(resourceId, MAX_PENDING)) {
            waiting.decline(access.caller(context), "La ressource a été retirée du catalogue.", Instant.now(clock));
            decided(waiting, "DECLINED", texts -> texts.text("booking.withdrawn"));
        }
        auditTrail.record(access.caller(context), resource.getOrganisation().getPlatform().getCode(), "Resource",
                resourceId, "resource.withdraw", "Ressource retirée du catalogue : « " + resource.getName() + " ».");
    }

    @Override
    @RolesAllowed({STAFF, COORDINATOR, ADMIN})
    public Booking request(long resourceId, long projectId, Instant start, Instant end, String purpose) {
        Resource resource = existing(resourceId);
        Project project = access.visibleProject(projectId, context);
        Booking booking = new Booking(resource, project, start, end, purpose, access.caller(context),
                Instant.now(clock));
        if (resource.getKind().isExclusive() && !resources.acceptedOverlapping(resourceId, start, end, -1).isEmpty()) {
            throw BusinessException.conflict("« " + resource.getName() + " » est déjà réservé·e sur ce créneau : "
                    + "choisissez d’autres dates (voir son calendrier).");
        }
        resources.store(booking);
        auditTrail.record(access.caller(context), project.getPlatform().getCode(), "Booking", booking.getId(),
                "booking.request", "Demande de « " + resource.getName() + " » pour le projet « " + project.getTitle()
                        + " ».");
        tellOwner(booking, "booking.requested", "link", PublicLinks.page("/ressources/ressource.xhtml?id="
                + resourceId));
        return booking;
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Booking accept(long bookingId, long version) {
        Booking booking = decidable(bookingId, version);
        Resource resource = resources.lockForBooking(booking.getResource().getId()).orElseThrow();
        if (!resource.isActive()) {
            throw BusinessException.conflict("« " + resource.getName() + " » a été retirée du catalogue : la demande "
                    + "ne peut plus être acceptée.");
        }
        if (resource.getKind().isExclusive()) {
            List<Booking> taken = resources.acceptedOverlapping(resource.getId(), booking.getStartsAt(),
                    booking.getEndsAt(), bookingId);
            if (!taken.isEmpty()) {
                throw BusinessException.conflict("« " + resource.getName() + " » est déjà réservé·e du "
                        + when(taken.get(0).getStartsAt()) + " au " + when(taken.get(0).getEndsAt())
                        + " : cette demande ne peut pas être acceptée.");
            }
        }
        booking.accept(access.caller(context), Instant.now(clock));
        decided(booking, "ACCEPTED", texts -> "");
        return booking;
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Booking decline(long bookingId, long version, String reason) {
        Booking booking = decidable(bookingId, version);
        booking.decline(access.caller(context), reason, Instant.now(clock));
        decided(booking, "DECLINED", texts -> " (" + booking.getReason() + ")");
        return booking;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Booking cancel(long bookingId, long version) {
        Booking booking = booking(bookingId, version);
        if (!access.isPlatformTeam(context) && !owns(booking.getResource().getOrganisation())) {
            throw BusinessException.forbidden("Seuls l’équipe de la plateforme et le partenaire qui prête la "
                    + "ressource peuvent annuler cette réservation.");
        }
        booking.cancel(access.caller(context), Instant.now(clock));
        decided(booking, "CANCELLED", texts -> "");
        tellOwner(booking, "booking.cancelled", "by", access.caller(context));
        return booking;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public List<Booking> calendar(long resourceId, Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw BusinessException.invalid("Indiquez une période dont la fin vient après le début.");
        }
        existing(resourceId);
        return resources.openBetween(resourceId, from, to, MAX_CALENDAR);
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public List<Booking> ofProject(long projectId) {
        access.visibleProject(projectId, context);
        return resources.ofProject(projectId, MAX_OF_PROJECT);
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Page<Booking> awaitingMyAnswer(int first, int size) {
        int from = Page.boundedFirst(first);
        int rows = Page.boundedSize(size);
        if (access.isCoordination(context)) {
            return new Page<>(resources.awaitingAnswerOn(Platform.LENS_LIEVIN, from, rows), from, rows,
                    resources.countAwaitingAnswerOn(Platform.LENS_LIEVIN));
        }
        return access.organisationOf(context)
                .map(own -> new Page<>(resources.awaitingAnswerOf(own, from, rows), from, rows,
                        resources.countAwaitingAnswerOf(own)))
                .orElseGet(() -> new Page<>(List.of(), from, rows, 0));
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public List<Booking> pending(long resourceId) {
        Resource resource = existing(resourceId);
        if (!owns(resource.getOrganisation())) {
            throw BusinessException.forbidden("Seul le partenaire qui prête la ressource (ou la coordination) voit "
                    + "ses demandes.");
        }
        return resources.requestedFor(resourceId, MAX_PENDING);
    }

    /** The resource, if it is offered on a platform the caller works on: any other is answered as missing. */
    private Resource existing(long resourceId) {
        return resources.find(resourceId)
                .filter(found -> access.worksOn(found.getOrganisation().getPlatform().getCode(), context))
                .orElseThrow(() -> BusinessException.notFound(
                "La ressource n° " + resourceId + " n’existe pas."));
    }

    private Resource managed(long resourceId, long version) {
        Resource resource = existing(resourceId);
        if (!owns(resource.getOrganisation())) {
            throw BusinessException.forbidden("Vous ne pouvez modifier que les ressources de votre organisation.");
        }
        if (resource.getVersion() != version) {
            throw BusinessException.conflict("Quelqu’un a modifié cette ressource entre-temps : rechargez la page.");
        }
        return resource;
    }

    private Booking booking(long bookingId, long version) {
        Booking booking = resources.findBooking(bookingId).orElseThrow(() -> BusinessException.notFound(
                "La réservation n° " + bookingId + " n’existe pas."));
        if (booking.getVersion() != version) {
            throw BusinessException.conflict("Cette demande a changé entre-temps : rechargez la page.");
        }
        return booking;
    }

    private Booking decidable(long bookingId, long version) {
        Booking booking = booking(bookingId, version);
        if (!owns(booking.getResource().getOrganisation())) {
            throw BusinessException.forbidden("Seul le partenaire qui prête la ressource (ou la coordination) répond "
                    + "à cette demande.");
        }
        return booking;
    }

    /** The coordinator manages every resource; a partner's member those of their organisation. */
    private boolean owns(Organisation organisation) {
        return access.isCoordination(context) || access.organisationOf(context)
                .map(own -> own.equals(organisation.getId())).orElse(false);
    }

    /** Records the answer to a booking request and tells the person who made it, in their language. */
    private void decided(Booking booking, String outcome, Function<MailTexts, String> reason) {
        Resource resource = booking.getResource();
        MailTexts french = MailTexts.in(Language.FRENCH);
        auditTrail.record(access.caller(context), resource.getOrganisation().getPlatform().getCode(), "Booking",
                booking.getId(), "booking." + booking.getStatus().name().toLowerCase(Locale.ROOT),
                "Réservation de « " + resource.getName() + " » " + french.text("booking.outcome." + outcome)
                        + reason.apply(french) + ".");
        accounts.findByUsername(booking.getRequestedBy()).filter(account -> account.getEmail() != null)
                .ifPresent(account -> {
                    MailTexts texts = MailTexts.in(account.writesIn());
                    messages.fire(MessagesReady.of(texts.message(account.getEmail(), null, "booking.decided",
                            "signature.team", details(booking, texts, "outcome",
                                    texts.text("booking.outcome." + outcome), "reason", reason.apply(texts), "link",
                                    PublicLinks.page("/projets/projet.xhtml?id=" + booking.getProject().getId())))));
                });
    }

    /**
     * Writes to the members of the organisation that lends the resource, each in their language; an organisation
     * without accounts in Fabrik is reached through the coordination's list of waiting requests.
     */
    private void tellOwner(Booking booking, String key, Object... namesAndValues) {
        List<Notification> toSend = new ArrayList<>();
        for (UserAccount member : accounts.membersOf(booking.getResource().getOrganisation().getId(),
                MAX_RECIPIENTS)) {
            if (member.getEmail() != null) {
                MailTexts texts = MailTexts.in(member.writesIn());
                toSend.add(texts.message(member.getEmail(), member.getDisplayName(), key, "signature.team",
                        details(booking, texts, namesAndValues)));
            }
        }
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
    }

    /** What every message about a booking names: the resource, the project, the dates and the purpose. */
    private static Object[] details(Booking booking, MailTexts texts, Object... more) {
        Object[] common = {"resource", booking.getResource().getName(), "title", booking.getProject().getTitle(),
            "from", texts.when(booking.getStartsAt().atZone(PARIS)), "to",
            texts.when(booking.getEndsAt().atZone(PARIS)), "purpose", booking.getPurpose() == null ? ""
                    : texts.text("booking.requested.purpose", "purpose", booking.getPurpose())};
        Object[] all = Arrays.copyOf(common, common.length + more.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    private void requireDetails(ResourceDetails details, String platformCode) {
        if (details == null) {
            throw BusinessException.invalid("Décrivez la ressource.");
        }
        if (details.inseeCode() != null && communes.ofPlatform(platformCode).stream()
                .noneMatch(commune -> commune.getInseeCode().equals(details.inseeCode()))) {
            throw BusinessException.invalid("La commune « " + details.inseeCode()
                    + " » ne fait pas partie du territoire.");
        }
    }

    private static String when(Instant instant) {
        return WHEN.format(instant.atZone(PARIS));
    }
}
