package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.IdentityService;
import fr.fabrikaprojets.application.SsoProfile;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.platform.PlatformRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultIdentityService implements IdentityService {

    private static final int MAX_USERNAME = 80;
    private static final int MAX_NAME = 120;
    private static final int MAX_EMAIL = 254;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PlatformRepository platforms;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private ProjectAccess access;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed(PARTNER)
    public UserAccount arriveThroughSso(SsoProfile profile) {
        String username = context.getCallerPrincipal().getName();
        if (!SsoCallers.cameThroughSso(context.getCallerPrincipal()) || profile == null
                || !username.equals(profile.username())) {
            throw BusinessException.forbidden("Seule une personne connectée par le SSO des partenaires arrive ainsi.");
        }
        if (username.length() > MAX_USERNAME) {
            throw BusinessException.invalid("Votre identifiant sur le SSO des partenaires dépasse " + MAX_USERNAME
                    + " caractères : Fabrik ne peut pas l’enregistrer. Demandez à l’animatrice de la plateforme.");
        }
        String displayName = bounded(profile.displayName() == null || profile.displayName().isBlank() ? username
                : profile.displayName().strip(), MAX_NAME);
        String email = profile.email() == null || profile.email().isBlank() ? null
                : bounded(profile.email().strip(), MAX_EMAIL);
        Organisation organisation = organisation(profile.organisation()).orElse(null);
        Instant now = Instant.now(clock);
        Optional<UserAccount> known = accounts.findByUsername(username);
        if (known.isPresent() && !known.get().isFromSso()) {
            throw BusinessException.conflict("Un compte de la plateforme porte déjà l’identifiant « " + username
                    + " » : connectez-vous avec son mot de passe, ou demandez à l’animatrice de la plateforme de "
                    + "distinguer les deux comptes.");
        }
        UserAccount account = known.orElseGet(() -> {
            UserAccount arrived = UserAccount.arrivedThroughSso(username, displayName, email, organisation, now);
            accounts.store(arrived);
            return arrived;
        });
        String platform = organisation == null ? null : organisation.getPlatform().getCode();
        if (known.isPresent()) {
            boolean moved = !sameOrganisation(account.getOrganisation(), organisation);
            account.arrivedAgainThroughSso(displayName, email, organisation, now);
            if (moved) {
                access.forgetPlatforms();
                auditTrail.record(username, platform, "UserAccount", account.getId(), "account.sso.organisation",
                        "Organisation donnée par le SSO : " + describe(organisation) + ".");
            }
        } else {
            auditTrail.record(username, platform, "UserAccount", account.getId(), "account.sso.created",
                    "Compte créé à la première connexion par le SSO des partenaires, pour " + describe(organisation)
                            + ".");
        }
        return account;
    }

    /** The organisation the token names, by its short name, when exactly one platform's network has it. */
    private Optional<Organisation> organisation(String shortName) {
        if (shortName == null || shortName.isBlank()) {
            return Optional.empty();
        }
        List<Organisation> found = platforms.all().stream().map(Platform::getCode)
                .map(code -> organisations.findByShortName(code, shortName.strip())).flatMap(Optional::stream)
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static boolean sameOrganisation(Organisation before, Organisation after) {
        return before == null ? after == null : after != null && before.getId().equals(after.getId());
    }

    private static String describe(Organisation organisation) {
        return organisation == null ? "aucune organisation du réseau" : organisation.getShortName();
    }

    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    @PermitAll
    public String language() {
        return access.account(context).map(UserAccount::getLanguage).orElse(null);
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public void chooseLanguage(String tag) {
        UserAccount account = access.account(context).orElseThrow(() -> BusinessException.notFound(
                "Votre compte n’est pas dans l’annuaire de Fabrik : vos préférences ne peuvent pas y être gardées."));
        account.chooseLanguage(tag);
        auditTrail.record(account.getUsername(), null, "UserAccount", account.getId(), "account.language",
                account.getLanguage() == null ? "Langue du navigateur choisie." : "Langue choisie : "
                        + account.getLanguage() + ".");
    }
}
