package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.OrganisationPage;
import fr.fabrikaprojets.application.OrganisationSummary;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PersonEntry;
import fr.fabrikaprojets.application.PersonRecord;
import fr.fabrikaprojets.application.notification.MailTexts;
import fr.fabrikaprojets.application.notification.MessagesReady;
import fr.fabrikaprojets.application.notification.Notification;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Membership;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.domain.model.organisation.PersonRepository;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.platform.PlatformRepository;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import fr.fabrikaprojets.domain.model.resource.ResourceRepository;
import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.RegistrationRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.domain.shared.Freshness;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@Interceptors(ScheduledJobLog.class)
public class DefaultDirectoryService implements DirectoryService {

    /** The list {@link ActivityCache#keptPage} keeps the pages of the directory as. */
    private static final String DIRECTORY_PAGE = "directory";
    /** What {@link ActivityCache#kept} keeps organisations' pages as. */
    private static final String ORGANISATION_PAGE = "organisation";
    /** The resources an organisation's page lists, and the projects it advised or received, the latest first. */
    private static final int MAX_RESOURCES_SHOWN = 50;
    private static final int MAX_LINKS_SHOWN = 100;
    private static final int MAX_MEMBERSHIPS = 50;
    private static final int MAX_ATTENDED = 100;
    private static final int REMINDERS_PER_RUN = 200;
    private static final int RECIPIENTS_PER_ORGANISATION = 20;
    /** Less than the shortest month, so that the run of the 1st reminds again those reminded the month before. */
    private static final Duration REMIND_AGAIN_AFTER = Duration.ofDays(25);

    @Resource
    private SessionContext context;

    @Inject
    private ProjectAccess access;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PersonRepository people;

    @Inject
    private PlatformRepository platforms;

    @Inject
    private CommuneRepository communes;

    @Inject
    private RegistrationRepository registrations;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ResourceRepository resources;

    @Inject
    private AdviceRepository advice;

    @Inject
    private OrientationRepository orientations;

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
    public Page<Organisation> organisations(DirectoryFilter filter, int first, int size) {
        requireReader(filter);
        return matching(filter, Page.boundedFirst(first), Page.boundedSize(size));
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Page<OrganisationSummary> directoryPage(DirectoryFilter filter, int first, int size) {
        requireReader(filter);
        return cache.keptPage(DIRECTORY_PAGE, filter, first, size, (from, rows) -> matching(filter, from, rows)
                .map(OrganisationSummary::of));
    }

    private void requireReader(DirectoryFilter filter) {
        if (filter == null) {
            throw BusinessException.invalid("Indiquez la plateforme de l’annuaire.");
        }
        access.requireMember(filter.platformCode(), context);
    }

    private Page<Organisation> matching(DirectoryFilter filter, int from, int rows) {
        return Page.ofMatches(organisations.matchingIds(filter, 0, Page.MATCHES_READ_AT_ONCE + 1), from, rows,
                organisations::withIds, () -> new Page<>(organisations.withIds(organisations.matchingIds(filter, from,
                        rows)), from, rows, organisations.countMatching(filter)));
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Organisation organisation(long organisationId) {
        Organisation organisation = existing(organisationId);
        organisation.getThemes().size();
        organisation.getOffers().size();
        organisation.getCommunes().size();
        return organisation;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public OrganisationPage organisationPage(long organisationId, int membersFirst, int membersSize) {
        int first = Page.boundedFirst(membersFirst);
        int size = Page.boundedSize(membersSize);
        boolean linksShown = access.isPlatformTeam(context)
                || access.organisationOf(context).map(own -> own == organisationId).orElse(false);
        OrganisationPage page = cache.kept(ORGANISATION_PAGE + " " + organisationId + " " + first + " " + size + " "
                + linksShown, () -> {
                    Organisation organisation = organisation(organisationId);
                    return new OrganisationPage(organisation,
                            Page.probed(people.membersOf(organisationId, first, size + 1), first, size),
                            resources.catalogue(new ResourceFilter(organisation.getPlatform().getCode(), null, null,
                                    false, organisationId), 0, MAX_RESOURCES_SHOWN),
                            linksShown ? orientations.receivedBy(organisationId, 0, MAX_LINKS_SHOWN) : List.of(),
                            linksShown ? advice.askedOf(organisationId, MAX_LINKS_SHOWN) : List.of());
                });
        // Kept for every reader: whether this one may see it is asked each time.
        if (!access.worksOn(page.getPlatformCode(), context)) {
            throw notFound(organisationId);
        }
        return page;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public boolean mayEdit(long organisationId) {
        return access.isCoordination(context)
                || access.organisationOf(context).map(own -> own == organisationId).orElse(false);
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Organisation createOrganisation(String platformCode, OrganisationProfile profile) {
        Platform platform = access.memberPlatform(platformCode, context);
        requireProfile(profile);
        OrganisationProfile checked = withKnownCommunes(platformCode, profile);
        if (organisations.findByShortName(platformCode, profile.shortName()).isPresent()) {
            throw BusinessException.conflict("Une organisation s'appelle déjà « " + profile.shortName() + " ».");
        }
        Organisation organisation = new Organisation(platform, checked, Instant.now(clock));
        organisations.store(organisation);
        auditTrail.record(access.caller(context), platformCode, "Organisation", organisation.getId(),
                "organisation.create", "Fiche créée : " + profile.shortName() + ".");
        return organisation;
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Organisation updateOrganisation(long organisationId, long version, OrganisationProfile profile) {
        Organisation organisation = editable(organisationId, version);
        requireProfile(profile);
        String platformCode = organisation.getPlatform().getCode();
        // Signing the charter is the platform's decision, not something a partner declares of itself.
        OrganisationProfile checked = withKnownCommunes(platformCode, access.isCoordination(context) ? profile
                : profile.signedOn(organisation.getSignatorySince()));
        organisations.findByShortName(platformCode, profile.shortName())
                .filter(other -> !other.getId().equals(organisationId)).ifPresent(other -> {
                    throw BusinessException.conflict("Une organisation s'appelle déjà « " + profile.shortName() + " ».");
                });
        organisation.describe(checked, Instant.now(clock));
        auditTrail.record(access.caller(context), platformCode, "Organisation", organisationId, "organisation.update",
                "Fiche modifiée : " + profile.shortName() + ".");
        return organisation;
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Organisation confirmOrganisation(long organisationId, long version) {
        Organisation organisation = editable(organisationId, version);
        organisation.confirm(Instant.now(clock));
        auditTrail.record(access.caller(context), organisation.getPlatform().getCode(), "Organisation",
                organisationId, "organisation.confirm", "Fiche confirmée à jour.");
        return organisation;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Page<Membership> members(long organisationId, int first, int size) {
        int from = Page.boundedFirst(first);
        int rows = Page.boundedSize(size);
        return Page.probed(people.membersOf(organisationId, from, rows + 1), from, rows);
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Membership addMember(long organisationId, PersonEntry entry) {
        Organisation organisation = editable(organisationId, null);
        if (entry == null) {
            throw BusinessException.invalid("Indiquez le nom de la personne.");
        }
        Instant now = Instant.now(clock);
        Person candidate = new Person(organisation.getPlatform(), entry.fullName(), entry.email(), entry.phone(), now);
        Person person = candidate.getEmail() == null ? null
                : people.byEmails(organisation.getPlatform().getCode(), Set.of(candidate.getEmail()))
                        .get(candidate.getEmail());
        if (person == null) {
            person = candidate;
            people.store(person);
        } else if (people.findMembership(person.getId(), organisationId).isPresent()) {
            throw BusinessException.conflict(person.getFullName() + " est déjà membre de " + organisation.getShortName()
                    + ".");
        }
        Membership membership = new Membership(person, organisation, entry.role());
        people.store(membership);
        auditTrail.record(access.caller(context), organisation.getPlatform().getCode(), "Organisation",
                organisationId, "membership.add", person.getFullName() + " ajouté·e aux membres.");
        return membership;
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public Person updatePerson(long personId, long version, PersonEntry entry) {
        Person person = people.find(personId)
                .orElseThrow(() -> BusinessException.notFound("La personne n° " + personId + " n’existe pas."));
        if (!mayEditPerson(personId)) {
            throw BusinessException.forbidden("Vous ne pouvez modifier que les personnes de votre organisation : "
                    + "celles qui appartiennent aussi à d'autres organisations sont modifiées par la coordination.");
        }
        requireVersion(person.getVersion(), version);
        if (entry == null) {
            throw BusinessException.invalid("Indiquez le nom de la personne.");
        }
        person.describe(entry.fullName(), entry.email(), entry.phone(), Instant.now(clock));
        if (person.getEmail() != null) {
            Person other = people.byEmails(person.getPlatform().getCode(), Set.of(person.getEmail()))
                    .get(person.getEmail());
            if (other != null && !other.getId().equals(personId)) {
                throw BusinessException.conflict("Le courriel « " + person.getEmail() + " » est déjà celui de "
                        + other.getFullName() + " dans l'annuaire.");
            }
        }
        auditTrail.record(access.caller(context), person.getPlatform().getCode(), "Person", personId, "person.update",
                "Coordonnées mises à jour.");
        return person;
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public boolean mayEditPerson(long personId) {
        if (access.isCoordination(context)) {
            return true;
        }
        Long own = access.organisationOf(context).orElse(null);
        List<Membership> memberships = people.membershipsOf(personId, MAX_MEMBERSHIPS);
        return own != null && !memberships.isEmpty()
                && memberships.stream().allMatch(membership -> own.equals(membership.getOrganisation().getId()));
    }

    @Override
    @RolesAllowed({PARTNER, COORDINATOR, ADMIN})
    public void removeMember(long membershipId) {
        Membership membership = people.findMembership(membershipId)
                .orElseThrow(() -> BusinessException.notFound("Cette personne n'est plus membre de l'organisation."));
        Organisation organisation = editable(membership.getOrganisation().getId(), null);
        people.remove(membership);
        auditTrail.record(access.caller(context), organisation.getPlatform().getCode(), "Organisation",
                organisation.getId(), "membership.remove",
                membership.getPerson().getFullName() + " retiré·e des membres.");
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public PersonRecord person(long personId) {
        Person person = people.find(personId)
                .filter(found -> access.worksOn(found.getPlatform().getCode(), context))
                .orElseThrow(() -> BusinessException.notFound("La personne n° " + personId + " n’existe pas."));
        List<Registration> attended = person.getEmail() == null ? List.of()
                : registrations.attendedBy(person.getEmail(), MAX_ATTENDED);
        return new PersonRecord(person, people.membershipsOf(personId, MAX_MEMBERSHIPS),
                attended.stream().map(Registration::getSession).distinct().toList());
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public Page<Organisation> toConfirm(String platformCode, int first, int size) {
        access.requireMember(platformCode, context);
        int from = Page.boundedFirst(first);
        int rows = Page.boundedSize(size);
        Instant before = Instant.now(clock).minus(Freshness.configured());
        return new Page<>(organisations.notConfirmedSince(platformCode, before, from, rows), from, rows,
                organisations.countNotConfirmedSince(platformCode, before));
    }

    @Schedule(dayOfMonth = "1", hour = "8", minute = "15", timezone = "Europe/Paris", info = "Fiches à confirmer")
    void everyMonth() {
        remind();
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public int remindToConfirm() {
        return remind();
    }

    private int remind() {
        Instant now = Instant.now(clock);
        List<Notification> toSend = new ArrayList<>();
        int reminded = 0;
        for (Platform platform : platforms.all()) {
            for (Organisation stale : organisations.toRemind(platform.getCode(), now.minus(Freshness.configured()),
                    now.minus(REMIND_AGAIN_AFTER), REMINDERS_PER_RUN)) {
                List<UserAccount> members = accounts.membersOf(stale.getId(), RECIPIENTS_PER_ORGANISATION);
                if (members.isEmpty()) {
                    continue;
                }
                stale.reminded(now);
                reminded++;
                members.stream().filter(member -> member.getEmail() != null).forEach(member -> toSend.add(
                        MailTexts.in(member.writesIn()).message(member.getEmail(), member.getDisplayName(),
                                "organisation.stale", "signature.team", "organisation", stale.getShortName(), "link",
                                PublicLinks.page("/reseau/organisation.xhtml?id=" + stale.getId()))));
            }
        }
        if (!toSend.isEmpty()) {
            messages.fire(new MessagesReady(toSend));
        }
        return reminded;
    }

    /** The organisation, if it belongs to a platform the caller works on: any other is answered as missing. */
    private Organisation existing(long organisationId) {
        return organisations.find(organisationId)
                .filter(found -> access.worksOn(found.getPlatform().getCode(), context))
                .orElseThrow(() -> notFound(organisationId));
    }

    private static BusinessException notFound(long organisationId) {
        return BusinessException.notFound("L’organisation n° " + organisationId + " n’existe pas.");
    }

    private Organisation editable(long organisationId, Long version) {
        Organisation organisation = existing(organisationId);
        if (!mayEdit(organisationId)) {
            throw BusinessException.forbidden("Vous ne pouvez modifier que la fiche de votre organisation.");
        }
        if (version != null) {
            requireVersion(organisation.getVersion(), version);
        }
        return organisation;
    }

    private static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw BusinessException.conflict("Quelqu’un a modifié cette fiche entre-temps : rechargez la page.");
        }
    }

    private static void requireProfile(OrganisationProfile profile) {
        if (profile == null) {
            throw BusinessException.invalid("Indiquez le nom et le type de l’organisation.");
        }
    }

    /** The profile whose communes are all of the territory, every one of them when it covers the whole territory. */
    private OrganisationProfile withKnownCommunes(String platformCode, OrganisationProfile profile) {
        Set<String> known = communes.ofPlatform(platformCode).stream().map(Commune::getInseeCode)
                .collect(Collectors.toSet());
        List<String> unknown = profile.communes().stream().filter(code -> !known.contains(code)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw BusinessException.invalid("Ces communes ne font pas partie du territoire : "
                    + String.join(", ", unknown) + ".");
        }
        return profile.coveringAll(known);
    }
}
