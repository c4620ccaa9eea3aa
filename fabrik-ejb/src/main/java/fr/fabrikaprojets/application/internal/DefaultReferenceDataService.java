package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;

import fr.fabrikaprojets.application.Page;
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
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

@Stateless
public class DefaultReferenceDataService implements ReferenceDataService {

    @Inject
    private PlatformRepository platforms;

    @Inject
    private CommuneRepository communes;

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
        Platform platform = platform(platformCode);
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
            Organisation organisation = new Organisation(platform(platformCode), shortName, fullName, kind, siren);
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
            accounts.store(new UserAccount(username, displayName, email, PasswordHash.of(password), roles));
        }
    }

    @Override
    @PermitAll
    public List<Commune> communes(String platformCode) {
        return communes.ofPlatform(platformCode);
    }

    @Override
    @PermitAll
    public List<Organisation> signatoryPartners(String platformCode, int first, int size) {
        return organisations.signatories(platformCode, Page.boundedFirst(first), Page.boundedSize(size));
    }

    private Platform platform(String platformCode) {
        return platforms.findByCode(platformCode)
                .orElseThrow(() -> BusinessException.notFound("La plateforme « " + platformCode + " » n'existe pas."));
    }
}
