package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.platform.PlatformRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.project.ProjectRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may see which project, on top of the roles: the platform's team (coordinator, staff, admin) sees every project;
 * a partner's member sees those on which their organisation was asked for advice or to which a project was oriented.
 * A project one may not see is answered as one that does not exist.
 * <p>
 * All of it within the platforms (territories) the caller belongs to: the platforms of their account and that of the
 * organisation they act for; an admin belongs to every platform; someone known only to the institution's directory,
 * without an account in Fabrik, to the deployment's default platform ({@code fabrik.platform.default}).
 */
@ApplicationScoped
public class ProjectAccess {

    @Inject
    ProjectRepository projects;

    @Inject
    AdviceRepository advice;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PlatformRepository platforms;

    @Inject
    CallerPlatforms callerPlatforms;

    @Inject
    Event<CallerPlatforms.PlatformsChanged> platformsChanged;

    public Project visibleProject(long projectId, SessionContext context) {
        return visible(projects.find(projectId), projectId, context);
    }

    /** As {@link #visibleProject}, with the project's fields and needs read in the same statement. */
    public Project visibleWholeProject(long projectId, SessionContext context) {
        return visible(projects.findWhole(projectId), projectId, context);
    }

    private Project visible(Optional<Project> project, long projectId, SessionContext context) {
        if (project.isPresent() && worksOn(project.get().getPlatform().getCode(), context)
                && (isPlatformTeam(context) || organisationOf(context)
                .map(organisation -> advice.involves(projectId, organisation)).orElse(false))) {
            return project.get();
        }
        throw BusinessException.notFound("Le projet n° " + projectId + " n’existe pas.");
    }

    /** The codes of the platforms whose non-public data the caller may see, in code order. */
    public Set<String> platformsOf(SessionContext context) {
        if (context.isCallerInRole(ADMIN)) {
            return callerPlatforms.of("admin:" + context.getCallerPrincipal().getName(), () -> platforms.all().stream()
                    .map(Platform::getCode).collect(Collectors.toCollection(TreeSet::new)));
        }
        if (!context.isCallerInRole(COORDINATOR) && !context.isCallerInRole(STAFF)
                && !context.isCallerInRole(PARTNER)) {
            return Set.of();
        }
        String name = context.getCallerPrincipal().getName();
        boolean sso = SsoCallers.cameThroughSso(context.getCallerPrincipal());
        return callerPlatforms.of(callerKey(context), () -> accounts.platformsOf(name, sso)
                // Someone without an account in Fabrik (known only to the directory) works on the default platform,
                // and so does a partner's member whose token names no organisation yet (the SSO's own platform).
                .map(codes -> codes.isEmpty() && sso ? Set.of(Platform.defaultCode()) : codes)
                .orElse(Set.of(Platform.defaultCode())));
    }

    /** Memberships changed: the next check reads them again. */
    public void forgetPlatforms() {
        callerPlatforms.forget();
        platformsChanged.fire(new CallerPlatforms.PlatformsChanged());
    }

    public boolean worksOn(String platformCode, SessionContext context) {
        return platformsOf(context).contains(platformCode);
    }

    /**
     * Refused unless the caller belongs to the platform: one platform's team never reads another's projects, network
     * or figures. Read from the caller's platforms kept by {@link CallerPlatforms}, so that a page checking it often
     * pays once.
     */
    public void requireMember(String platformCode, SessionContext context) {
        if (!worksOn(platformCode, context)) {
            throw BusinessException.forbidden("Vous n’êtes pas membre de la plateforme « "
                    + existing(platformCode).getName() + " » : ses données ne vous sont pas ouvertes.");
        }
    }

    /** As {@link #requireMember}, with the platform itself, for what is created on it. */
    public Platform memberPlatform(String platformCode, SessionContext context) {
        requireMember(platformCode, context);
        return existing(platformCode);
    }

    /** The platform of this code, or a clear refusal naming it. */
    public Platform existing(String platformCode) {
        return platforms.findByCode(platformCode == null ? "" : platformCode).orElseThrow(() ->
                BusinessException.notFound("La plateforme « " + platformCode + " » n’existe pas."));
    }

    public boolean isPlatformTeam(SessionContext context) {
        return context.isCallerInRole(COORDINATOR) || context.isCallerInRole(STAFF) || context.isCallerInRole(ADMIN);
    }

    public boolean isCoordination(SessionContext context) {
        return context.isCallerInRole(COORDINATOR) || context.isCallerInRole(ADMIN);
    }

    /**
     * The caller's account, when they have one in Fabrik's directory, and only if they signed in the way it was made
     * for: a person signed in with a password never acts through an account of the SSO of the same name, nor the
     * other way round.
     */
    public Optional<UserAccount> account(SessionContext context) {
        boolean sso = SsoCallers.cameThroughSso(context.getCallerPrincipal());
        return accounts.findByUsername(context.getCallerPrincipal().getName())
                .filter(account -> account.isFromSso() == sso);
    }

    /** The organisation the caller acts for, if any. */
    public Optional<Long> organisationOf(SessionContext context) {
        return account(context).map(UserAccount::getOrganisation).map(organisation -> organisation.getId());
    }

    /** As {@link #organisationOf}, kept a minute with the caller's platforms: for what a page shows, not for rights. */
    public Optional<Long> shownOrganisationOf(SessionContext context) {
        return callerPlatforms.organisationOf(callerKey(context), () -> organisationOf(context));
    }

    /** A person signed in with a password and one of the same name come through the SSO are two callers. */
    private static String callerKey(SessionContext context) {
        return (SsoCallers.cameThroughSso(context.getCallerPrincipal()) ? "sso:" : "local:")
                + context.getCallerPrincipal().getName();
    }

    public Set<String> roles(SessionContext context) {
        return Stream.of(COORDINATOR, STAFF, PARTNER, ADMIN).filter(context::isCallerInRole)
                .collect(Collectors.toSet());
    }

    public String caller(SessionContext context) {
        String name = context.getCallerPrincipal().getName();
        return "anonymous".equals(name) ? "public" : name;
    }
}
