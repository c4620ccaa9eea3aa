package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.CommuneChoice;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PartnerMember;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.identity.PasswordHash;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.platform.PlatformRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultReferenceDataService implements ReferenceDataService {

    private static final int MAX_MEMBERS = 500;
    /** What {@link ActivityCache#kept} keeps the communes the lists' filters offer under. */
    private static final String COMMUNES = "communes: ";

    @Inject
    private ProjectAccess access;

    @Resource
    private SessionContext context;

    @Inject
    private PlatformRepository platforms;

    @Inject
    private CommuneRepository communes;

    @Inject
    private ActivityCache cache;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private UserAccountRepository accounts;

    @Override
    @RolesAllowed(ADMIN)
    public Platform registerPlatform(String code, String name, ZoneId timeZone, CalendarRule rule) {
        return platforms.findByCode(code).orElseGet(() -> {
            Platform platform = new Platform(code, name, timeZone, rule);
            platforms.store(platform);
            return platform;
        });
    }

    @Override
    @RolesAllowed(ADMIN)
    public Commune registerCommune(String platformCode, String inseeCode, String name, String postalCode,
            int population, int populationYear) {
        Platform platform = access.existing(platformCode);
        return communes.find(inseeCode).map(existing -> {
            existing.updateCensus(name, postalCode, population, populationYear);
            return existing;
        }).orElseGet(() -> {
            Commune commune = new Commune(inseeCode, name, postalCode, population, populationYear, platform);
            communes.store(commune);
            return commune;
        });
    }

    @Override
    @RolesAllowed(ADMIN)
    public Organisation registerFoundingPartner(String platformCode, String shortName, String fullName,
            OrganisationKind kind, String siren, LocalDate signatorySince) {
        return organisations.findByShortName(platformCode, shortName).orElseGet(() -> {
            Organisation organisation = new Organisation(access.existing(platformCode), shortName, fullName, kind,
                    siren);
            organisation.signCharter(signatorySince);
            organisations.store(organisation);
            return organisation;
        });
    }

    @Override
    @RolesAllowed(ADMIN)
    public void registerAccount(String username, String displayName, String email, char[] password,
            Set<String> roles) {
        if (accounts.findByUsername(username).isEmpty()) {
            UserAccount account = new UserAccount(username, displayName, email, PasswordHash.of(password), roles);
            account.joinPlatform(Platform.defaultCode());
            accounts.store(account);
        }
    }

    @Override
    @RolesAllowed(ADMIN)
    public void joinOrganisation(String username, String platformCode, String organisationShortName) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> BusinessException.notFound("Le compte « " + username + " » n'existe pas."));
        Organisation organisation = organisations.findByShortName(platformCode, organisationShortName)
                .orElseThrow(() -> BusinessException.notFound("L'organisation « " + organisationShortName
                        + " » n'existe pas."));
        account.joinOrganisation(organisation);
        access.forgetPlatforms();
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public List<Organisation> network(String platformCode, int first, int size) {
        access.requireMember(platformCode, context);
        return organisations.ofPlatform(platformCode, Page.boundedFirst(first), Page.boundedSize(size));
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public List<PartnerMember> partnerMembers(String platformCode) {
        access.requireMember(platformCode, context);
        return accounts.partnerMembers(access.existing(platformCode).getId(), MAX_MEMBERS).stream()
                .map(member -> new PartnerMember(member.getUsername(), member.getDisplayName(),
                        member.getOrganisation().getShortName())).toList();
    }

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public Long callerOrganisationId() {
        return access.shownOrganisationOf(context).orElse(null);
    }

    @Override
    @PermitAll
    public List<Commune> communes(String platformCode) {
        return communes.ofPlatform(platformCode);
    }

    @Override
    @PermitAll
    public List<CommuneChoice> communeChoices(String platformCode) {
        return cache.kept(COMMUNES + platformCode,
                () -> communes.ofPlatform(platformCode).stream().map(CommuneChoice::of).toList());
    }

    @Override
    @PermitAll
    public List<Organisation> signatoryPartners(String platformCode, int first, int size) {
        return organisations.signatories(platformCode, Page.boundedFirst(first), Page.boundedSize(size));
    }
}
