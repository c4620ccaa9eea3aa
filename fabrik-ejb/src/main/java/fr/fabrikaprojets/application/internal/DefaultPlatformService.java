package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.PlatformMember;
import fr.fabrikaprojets.application.PlatformService;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import fr.fabrikaprojets.domain.model.platform.CalendarRule;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

@Stateless
public class DefaultPlatformService implements PlatformService {

    private static final String SUBJECT = "Platform";
    private static final int MAX_PLATFORMS = 100;
    private static final int MAX_MEMBERS = 500;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The code appears in URLs and iCalendar UIDs: lower-case letters, digits and hyphens. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    @Inject
    private PlatformRepository platforms;

    @Inject
    private CommuneRepository communes;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ProjectAccess access;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Override
    @PermitAll
    public List<Platform> platforms() {
        return platforms.all().stream().sorted(Comparator.comparing(Platform::getName)).limit(MAX_PLATFORMS)
                .toList();
    }

    @Override
    @PermitAll
    public Set<String> myPlatforms() {
        return access.platformsOf(context);
    }

    @Override
    @RolesAllowed(ADMIN)
    public Platform createPlatform(String code, String name) {
        String cleanCode = code == null ? "" : code.strip();
        String cleanName = name == null ? "" : name.strip();
        if (!CODE.matcher(cleanCode).matches()) {
            throw BusinessException.invalid("Le code de la plateforme s’écrit en minuscules, chiffres et traits "
                    + "d’union, 40 caractères au plus (par exemple « arras »).");
        }
        if (cleanName.length() < 2 || cleanName.length() > 120) {
            throw BusinessException.invalid("Le nom de la plateforme compte de 2 à 120 caractères.");
        }
        if (platforms.findByCode(cleanCode).isPresent()) {
            throw BusinessException.conflict("La plateforme « " + cleanCode + " » existe déjà.");
        }
        Platform platform = new Platform(cleanCode, cleanName, PARIS, CalendarRule.lastFridayMorning());
        platforms.store(platform);
        access.forgetPlatforms();
        auditTrail.record(access.caller(context), cleanCode, SUBJECT, cleanCode, "platform.created",
                "Plateforme « " + cleanName + " » créée.");
        return platform;
    }

    @Override
    @RolesAllowed(ADMIN)
    public Commune addCommune(String platformCode, String inseeCode, String name, String postalCode,
            int population) {
        Platform platform = access.existing(platformCode);
        String insee = inseeCode == null ? "" : inseeCode.strip().toUpperCase(Locale.ROOT);
        String cleanName = name == null ? "" : name.strip();
        String postal = postalCode == null ? "" : postalCode.strip();
        if (!INSEE.matcher(insee).matches()) {
            throw BusinessException.invalid("Le code INSEE compte 5 caractères (par exemple 62041).");
        }
        if (cleanName.isEmpty() || cleanName.length() > 80) {
            throw BusinessException.invalid("Le nom de la commune compte de 1 à 80 caractères.");
        }
        if (!POSTAL_CODE.matcher(postal).matches()) {
            throw BusinessException.invalid("Le code postal compte 5 chiffres.");
        }
        if (population < 0 || population > 10_000_000) {
            throw BusinessException.invalid("La population est un nombre d’habitants entre 0 et 10 000 000.");
        }
        communes.find(insee).ifPresent(existing -> {
            throw BusinessException.conflict("La commune " + insee + " (" + existing.getName()
                    + ") fait déjà partie du territoire de " + existing.getPlatform().getName() + ".");
        });
        Commune commune = new Commune(insee, cleanName, postal, population, LocalDate.now(clock.withZone(PARIS))
                .getYear(), platform);
        communes.store(commune);
        auditTrail.record(access.caller(context), platform.getCode(), SUBJECT, platform.getCode(),
                "platform.commune.added", "Commune " + insee + " " + cleanName + " ajoutée au territoire.");
        return commune;
    }

    @Override
    @RolesAllowed(ADMIN)
    public void grantMembership(String username, String platformCode) {
        changeMembership(username, platformCode, true);
    }

    @Override
    @RolesAllowed(ADMIN)
    public void revokeMembership(String username, String platformCode) {
        changeMembership(username, platformCode, false);
    }

    @Override
    @RolesAllowed(ADMIN)
    public List<PlatformMember> members(String platformCode) {
        Platform platform = access.existing(platformCode);
        return accounts.membersOfPlatform(platform.getCode(), MAX_MEMBERS).stream()
                .map(account -> new PlatformMember(account.getUsername(), account.getDisplayName(),
                        account.getRoles())).toList();
    }

    /** Adds or takes away the platform; recorded only when it changes something. */
    private void changeMembership(String username, String platformCode, boolean join) {
        Platform platform = access.existing(platformCode);
        UserAccount account = account(username);
        access.forgetPlatforms();
        boolean changed = join ? account.joinPlatform(platform.getCode()) : account.leavePlatform(platform.getCode());
        if (changed) {
            auditTrail.record(access.caller(context), platform.getCode(), "UserAccount", account.getId(),
                    join ? "account.platform.granted" : "account.platform.revoked", account.getUsername()
                    + (join ? " rejoint la plateforme " : " quitte la plateforme ") + platform.getName() + ".");
        }
    }

    private UserAccount account(String username) {
        String name = username == null ? "" : username.strip();
        return accounts.findByUsername(name).orElseThrow(() ->
                BusinessException.notFound("Le compte « " + name + " » n’existe pas."));
    }
}
