package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.application.internal.DirectoryColumns.ADDRESS;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.COMMUNES;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.EMAIL;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.FULL_NAME;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.KIND;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.KINDS;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.LIST_SEPARATOR;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.NAME;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.OFFERS;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.OFFER_LABELS;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.ORGANISATION;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.PHONE;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.ROLE;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.SHORT_NAME;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.SIGNATORY_SINCE;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.SIREN;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.THEMES;
import static fr.fabrikaprojets.application.internal.DirectoryColumns.THEME_LABELS;
import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.DirectoryExchangeService;
import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.application.ImportReport;
import fr.fabrikaprojets.application.ImportReport.LineError;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.organisation.Membership;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.domain.model.organisation.PersonRepository;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

@Stateless
public class DefaultDirectoryExchangeService implements DirectoryExchangeService {

    private static final int SAMPLE = 10;
    /** More organisations than a platform's network will ever hold. */
    private static final int MAX_KNOWN = 500_000;
    private static final int EXPORT_PAGE = 500;
    private static final int MAX_EXPORT = 50_000;
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Resource
    private SessionContext context;

    @Inject
    private ProjectAccess access;

    @Inject
    private CommuneRepository communes;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private PersonRepository people;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private Clock clock;

    @Inject
    private RequestOrigin origin;

    /** An organisation line read and checked: its profile, or null when the line is in error. */
    private record OrganisationLine(int number, OrganisationProfile profile) {
    }

    private record PersonLine(int number, String fullName, String email, String phone, String organisation,
            String role) {
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportReport previewOrganisations(String platformCode, byte[] csv) {
        access.requireMember(platformCode, context);
        return organisationsOf(platformCode, csv).report;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public ImportReport importOrganisations(String platformCode, byte[] csv) {
        access.requireMember(platformCode, context);
        ReadOrganisations read = organisationsOf(platformCode, csv);
        refuseUnlessClean(read.report);
        Platform platform = access.existing(platformCode);
        Instant now = Instant.now(clock);
        Map<String, Organisation> toUpdate = organisations.byShortNames(platformCode, read.existing);
        for (OrganisationLine line : read.lines) {
            Organisation existing = toUpdate.get(line.profile().shortName());
            if (existing == null) {
                organisations.store(new Organisation(platform, line.profile(), now));
            } else {
                existing.describe(merged(existing.profile(), line.profile(), read.table), now);
            }
        }
        auditTrail.record(access.caller(context), platformCode, "Organisation", "import", "organisation.import",
                "Import : " + read.report.getCreated() + " organisations créées, " + read.report.getUpdated()
                        + " mises à jour.");
        return read.report;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ImportReport previewPeople(String platformCode, byte[] csv) {
        access.requireMember(platformCode, context);
        return peopleOf(platformCode, csv).report;
    }

    @Override
    @RolesAllowed({COORDINATOR, ADMIN})
    public ImportReport importPeople(String platformCode, byte[] csv) {
        access.requireMember(platformCode, context);
        ReadPeople read = peopleOf(platformCode, csv);
        refuseUnlessClean(read.report);
        Platform platform = access.existing(platformCode);
        Instant now = Instant.now(clock);
        Map<String, Membership> memberships = new HashMap<>();
        people.membershipsOf(read.existing.values().stream().map(Person::getId).toList(), MAX_LINES * 10)
                .forEach(m -> memberships.put(m.getPerson().getId() + "/" + m.getOrganisation().getId(), m));
        for (PersonLine line : read.lines) {
            Person person = read.existing.get(line.email());
            Organisation organisation = read.organisations.get(line.organisation());
            if (person == null) {
                person = new Person(platform, line.fullName(), line.email(), line.phone(), now);
                people.store(person);
                read.existing.put(line.email(), person);
            } else {
                // A blank cell keeps what is known: a person listed once per organisation need not repeat it all.
                person.describe(line.fullName(), line.email(), line.phone().isBlank() ? person.getPhone()
                        : line.phone(), now);
            }
            Membership membership = person.getId() == null ? null
                    : memberships.get(person.getId() + "/" + organisation.getId());
            if (membership == null) {
                membership = new Membership(person, organisation, line.role());
                people.store(membership);
                memberships.put(person.getId() + "/" + organisation.getId(), membership);
            } else if (!line.role().isBlank()) {
                membership.changeRole(line.role());
            }
        }
        auditTrail.record(access.caller(context), platformCode, "Person", "import", "person.import",
                "Import : " + read.report.getCreated() + " personnes créées, " + read.report.getUpdated()
                        + " mises à jour.");
        return read.report;
    }

    @Override
    @RolesAllowed({STAFF, COORDINATOR, ADMIN})
    public byte[] exportOrganisations(String platformCode, ExportFormat format) {
        access.requireMember(platformCode, context);
        DirectoryColumns words = DirectoryColumns.in(origin.language());
        Map<String, String> communeNames = communeNames(platformCode);
        List<List<String>> rows = new ArrayList<>();
        String last = null;
        while (rows.size() < MAX_EXPORT) {
            List<Organisation> page = organisations.after(platformCode, last, EXPORT_PAGE);
            for (Organisation organisation : page) {
                last = organisation.getShortName();
                rows.add(List.of(organisation.getShortName(), organisation.getFullName(),
                        words.label(KINDS, organisation.getKind()), text(organisation.getSiren()),
                        text(organisation.getAddress()), text(organisation.getEmail()), text(organisation.getPhone()),
                        organisation.isWholeTerritory() ? words.wholeTerritory()
                                : String.join(LIST_SEPARATOR, organisation.getCommunes().stream()
                                        .map(code -> communeNames.getOrDefault(code, code)).sorted().toList()),
                        String.join(LIST_SEPARATOR, organisation.getThemes().stream().sorted()
                                .map(theme -> words.label(THEME_LABELS, theme)).toList()),
                        String.join(LIST_SEPARATOR, organisation.getOffers().stream().sorted()
                                .map(offer -> words.label(OFFER_LABELS, offer)).toList()),
                        organisation.getSignatorySince() == null ? ""
                                : FRENCH_DATE.format(organisation.getSignatorySince())));
            }
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        return Spreadsheets.write(words.text("directory.sheet.organisations"),
                words.names(DirectoryColumns.ORGANISATION_COLUMNS), rows, format);
    }

    @Override
    @RolesAllowed({STAFF, COORDINATOR, ADMIN})
    public byte[] exportPeople(String platformCode, ExportFormat format) {
        access.requireMember(platformCode, context);
        DirectoryColumns words = DirectoryColumns.in(origin.language());
        List<List<String>> rows = new ArrayList<>();
        for (int first = 0; first < MAX_EXPORT; first += EXPORT_PAGE) {
            List<Membership> page = people.memberships(platformCode, first, EXPORT_PAGE);
            for (Membership membership : page) {
                Person person = membership.getPerson();
                rows.add(List.of(person.getFullName(), text(person.getEmail()), text(person.getPhone()),
                        membership.getOrganisation().getShortName(), text(membership.getRole())));
            }
            if (page.size() < EXPORT_PAGE) {
                break;
            }
        }
        return Spreadsheets.write(words.text("directory.sheet.people"), words.names(DirectoryColumns.PERSON_COLUMNS),
                rows, format);
    }

    private record ReadOrganisations(ImportReport report, List<OrganisationLine> lines, Set<String> existing,
            CsvTable table) {
    }

    private ReadOrganisations organisationsOf(String platformCode, byte[] csv) {
        access.existing(platformCode);
        CsvTable table = CsvTable.read(csv, MAX_LINES);
        DirectoryColumns words = DirectoryColumns.in(origin.language());
        table.require(words.english(), SHORT_NAME, FULL_NAME, KIND);
        Map<String, String> communeCodes = communeCodes(platformCode);
        List<LineError> errors = new ArrayList<>();
        List<OrganisationLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Line line : table.lines()) {
            try {
                OrganisationProfile profile = organisationProfile(table, line, communeCodes, words);
                Integer earlier = seen.putIfAbsent(profile.shortName(), line.number());
                if (earlier != null) {
                    throw BusinessException.invalid("« " + profile.shortName() + " » figure déjà ligne " + earlier
                            + ".");
                }
                lines.add(new OrganisationLine(line.number(), profile));
            } catch (BusinessException wrong) {
                errors.add(new LineError(line.number(), wrong.getMessage()));
            }
        }
        Set<String> known = organisations.shortNames(platformCode, MAX_KNOWN);
        Set<String> existing = new HashSet<>(seen.keySet());
        existing.retainAll(known);
        int updated = (int) lines.stream().filter(line -> existing.contains(line.profile().shortName())).count();
        List<String> sample = lines.stream().limit(SAMPLE).map(line -> line.profile().shortName() + " — "
                + line.profile().fullName() + " (" + words.text(existing.contains(line.profile().shortName())
                        ? "directory.sample.updated" : "directory.sample.new") + ")").toList();
        return new ReadOrganisations(new ImportReport(table.lines().size(), lines.size() - updated, updated, errors,
                sample), lines, existing, table);
    }

    /** What a line changes of a known organisation: the columns the file has; the others keep their values. */
    private static OrganisationProfile merged(OrganisationProfile current, OrganisationProfile line, CsvTable table) {
        boolean communes = table.has(COMMUNES);
        return new OrganisationProfile(line.shortName(), line.fullName(), line.kind(),
                table.has(SIREN) ? line.siren() : current.siren(),
                table.has(ADDRESS) ? line.address() : current.address(),
                table.has(EMAIL) ? line.email() : current.email(),
                table.has(PHONE) ? line.phone() : current.phone(),
                communes ? line.wholeTerritory() : current.wholeTerritory(),
                communes ? line.communes() : current.communes(),
                table.has(THEMES) ? line.themes() : current.themes(),
                table.has(OFFERS) ? line.offers() : current.offers(),
                table.has(SIGNATORY_SINCE) ? line.signatorySince() : current.signatorySince());
    }

    private OrganisationProfile organisationProfile(CsvTable table, CsvTable.Line line,
            Map<String, String> communeCodes, DirectoryColumns words) {
        String kindText = table.cell(line, KIND);
        OrganisationKind kind = kindText.isBlank() ? null : DirectoryColumns.lookup(KINDS, kindText);
        if (kind == null) {
            throw BusinessException.invalid("type « " + kindText + " » inconnu ; types possibles : "
                    + words.choices(KINDS) + ".");
        }
        String communesText = table.cell(line, COMMUNES);
        boolean everywhere = DirectoryColumns.wholeTerritory(communesText);
        Set<String> codes = new TreeSet<>();
        if (everywhere) {
            codes.addAll(communeCodes.values());
        } else {
            for (String commune : split(communesText)) {
                String code = communeCodes.get(CsvTable.plain(commune));
                if (code == null) {
                    throw BusinessException.invalid("commune « " + commune + " » inconnue sur le territoire.");
                }
                codes.add(code);
            }
        }
        Set<Field> themes = EnumSet.noneOf(Field.class);
        for (String theme : split(table.cell(line, THEMES))) {
            Field field = DirectoryColumns.lookup(THEME_LABELS, theme);
            if (field == null) {
                throw BusinessException.invalid("thématique « " + theme + " » inconnue ; thématiques possibles : "
                        + words.choices(THEME_LABELS) + ".");
            }
            themes.add(field);
        }
        Set<Offer> offers = EnumSet.noneOf(Offer.class);
        for (String offerText : split(table.cell(line, OFFERS))) {
            Offer offer = DirectoryColumns.lookup(OFFER_LABELS, offerText);
            if (offer == null) {
                throw BusinessException.invalid("offre « " + offerText + " » inconnue ; offres possibles : "
                        + words.choices(OFFER_LABELS) + ".");
            }
            offers.add(offer);
        }
        return new OrganisationProfile(table.cell(line, SHORT_NAME), table.cell(line, FULL_NAME), kind,
                table.cell(line, SIREN), table.cell(line, ADDRESS), table.cell(line, EMAIL), table.cell(line, PHONE),
                everywhere, codes, themes, offers, date(table.cell(line, SIGNATORY_SINCE)));
    }

    private record ReadPeople(ImportReport report, List<PersonLine> lines, Map<String, Person> existing,
            Map<String, Organisation> organisations) {
    }

    private static final Pattern EMAIL_FORM = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ReadPeople peopleOf(String platformCode, byte[] csv) {
        access.existing(platformCode);
        CsvTable table = CsvTable.read(csv, MAX_LINES);
        DirectoryColumns words = DirectoryColumns.in(origin.language());
        table.require(words.english(), NAME, EMAIL, ORGANISATION);
        Set<String> organisationNames = new HashSet<>();
        table.lines().forEach(line -> organisationNames.add(table.cell(line, ORGANISATION)));
        Map<String, Organisation> known = organisations.byShortNames(platformCode, organisationNames);
        List<LineError> errors = new ArrayList<>();
        List<PersonLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (CsvTable.Line line : table.lines()) {
            PersonLine person = new PersonLine(line.number(), table.cell(line, NAME),
                    table.cell(line, EMAIL).toLowerCase(Locale.ROOT), table.cell(line, PHONE),
                    table.cell(line, ORGANISATION), table.cell(line, ROLE));
            try {
                check(person, known);
                Integer earlier = seen.putIfAbsent(person.email() + "/" + person.organisation(), line.number());
                if (earlier != null) {
                    throw BusinessException.invalid("déjà ligne " + earlier + ".");
                }
                lines.add(person);
            } catch (BusinessException wrong) {
                errors.add(new LineError(line.number(), wrong.getMessage()));
            }
        }
        Map<String, Person> existing = new HashMap<>(people.byEmails(platformCode,
                lines.stream().map(PersonLine::email).distinct().toList()));
        Set<String> newPeople = new HashSet<>();
        lines.stream().map(PersonLine::email).filter(email -> !existing.containsKey(email)).forEach(newPeople::add);
        List<String> sample = lines.stream().limit(SAMPLE).map(line -> line.fullName() + " — " + line.organisation()
                + " (" + words.text(existing.containsKey(line.email()) ? "directory.sample.known"
                        : "directory.sample.new") + ")").toList();
        return new ReadPeople(new ImportReport(table.lines().size(), newPeople.size(),
                (int) lines.stream().map(PersonLine::email).distinct().filter(existing::containsKey).count(), errors,
                sample), lines, existing, known);
    }

    private static void check(PersonLine line, Map<String, Organisation> known) {
        if (line.fullName().isBlank()) {
            throw BusinessException.invalid("nom manquant.");
        }
        if (line.fullName().length() > 120) {
            throw BusinessException.invalid("nom trop long (120 caractères au plus).");
        }
        if (line.email().isBlank()) {
            throw BusinessException.invalid("courriel manquant : c'est lui qui identifie la personne.");
        }
        if (line.email().length() > 254 || !EMAIL_FORM.matcher(line.email()).matches()) {
            throw BusinessException.invalid("courriel « " + line.email() + " » invalide.");
        }
        if (!line.phone().isBlank() && (line.phone().length() > 20 || !line.phone().matches("\\+?[0-9 .]{6,20}"))) {
            throw BusinessException.invalid("téléphone « " + line.phone()
                    + " » invalide (6 à 20 chiffres, espaces ou points).");
        }
        if (!known.containsKey(line.organisation())) {
            throw BusinessException.invalid("organisation « " + line.organisation() + " » absente de l'annuaire "
                    + "(importez d'abord les organisations).");
        }
        if (line.role().length() > 120) {
            throw BusinessException.invalid("fonction trop longue (120 caractères au plus).");
        }
    }

    private static void refuseUnlessClean(ImportReport report) {
        if (report.getLines() == 0) {
            throw BusinessException.invalid("Le fichier ne contient aucune ligne après celle des colonnes.");
        }
        if (!report.getErrors().isEmpty()) {
            LineError first = report.getErrors().get(0);
            throw BusinessException.invalid("Import refusé : " + report.getErrors().size() + " ligne(s) en erreur, "
                    + "rien n'a été importé. Première erreur, ligne " + first.getLine() + " : " + first.getMessage());
        }
    }

    /** Commune names and INSEE codes (both as typed by hand) to INSEE codes. */
    private Map<String, String> communeCodes(String platformCode) {
        Map<String, String> codes = new HashMap<>();
        for (Commune commune : communes.ofPlatform(platformCode)) {
            codes.put(CsvTable.plain(commune.getName()), commune.getInseeCode());
            codes.put(commune.getInseeCode(), commune.getInseeCode());
        }
        return codes;
    }

    private Map<String, String> communeNames(String platformCode) {
        Map<String, String> names = new HashMap<>();
        communes.ofPlatform(platformCode).forEach(commune -> names.put(commune.getInseeCode(), commune.getName()));
        return names;
    }

    private static List<String> split(String cell) {
        List<String> values = new ArrayList<>();
        for (String value : cell.split("[|]")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), FRENCH_DATE) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            throw BusinessException.invalid("date « " + text + " » illisible : écrivez-la jj/mm/aaaa.");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
