package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.fabrikaprojets.application.DirectoryExchangeService;
import fr.fabrikaprojets.application.DirectoryService;
import fr.fabrikaprojets.application.ExportFormat;
import fr.fabrikaprojets.application.ImportReport;
import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.application.OrganisationPage;
import fr.fabrikaprojets.application.OrientationService;
import fr.fabrikaprojets.application.Page;
import fr.fabrikaprojets.application.PersonEntry;
import fr.fabrikaprojets.application.PersonRecord;
import fr.fabrikaprojets.application.ProjectService;
import fr.fabrikaprojets.application.ReferenceDataService;
import fr.fabrikaprojets.application.RequestOrigin;
import fr.fabrikaprojets.application.ResourceService;
import fr.fabrikaprojets.application.Suggestions;
import fr.fabrikaprojets.application.IdeaSubmission;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.organisation.DirectoryFilter;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationKind;
import fr.fabrikaprojets.domain.model.organisation.OrganisationProfile;
import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.HolderKind;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.resource.Booking;
import fr.fabrikaprojets.domain.model.resource.BookingStatus;
import fr.fabrikaprojets.domain.model.resource.Resource;
import fr.fabrikaprojets.domain.model.resource.ResourceDetails;
import fr.fabrikaprojets.domain.model.resource.ResourceFilter;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner network through its services inside WildFly: who may edit which record, the booking rule under
 * concurrent decisions, imports of bad and large files (all or nothing), exports read back, coverage, suggestions
 * turned into orientations, and the freshness reminders sent by e-mail.
 */
@ExtendWith(ArquillianExtension.class)
class NetworkIT {

    private static final String FEDERATION = "Fédération des Centres Sociaux du Pas-de-Calais";
    private static final String APEI = "APEI Lens et environs";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.fabrikEarTesting(NetworkIT.class, Mailbox.class, AsCoordinator.class,
                AsStaff.class, AsAdmin.class, AsPartnerMember.class, AsOtherPartner.class);
        ear.addAsLibrary(new java.io.File(System.getProperty("greenmail.jar")));
        return ear;
    }

    @Inject
    DirectoryService directory;

    @Inject
    DirectoryExchangeService exchange;

    @Inject
    RequestOrigin origin;

    @Inject
    NetworkService network;

    @Inject
    ResourceService resources;

    @Inject
    ProjectService projects;

    @Inject
    OrientationService orientations;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsAdmin admin;

    @Inject
    AsPartnerMember federation;

    @Inject
    AsOtherPartner apei;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void eachPartnerHasAMember() {
        admin.run(() -> {
            referenceData.registerAccount("membre-apei", "Membre APEI", "membre-apei@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation("membre-apei", Platform.LENS_LIEVIN, APEI);
            referenceData.registerAccount("membre-federation", "Membre Fédération", "membre-federation@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation("membre-federation", Platform.LENS_LIEVIN, FEDERATION);
        });
    }

    @Test
    void aPartnerMemberEditsTheirOwnOrganisationAndNoOtherOne() {
        Organisation own = organisation(FEDERATION);
        Organisation other = organisation(APEI);
        OrganisationProfile profile = own.profile();
        Set<Field> themes = new java.util.HashSet<>(profile.themes());
        themes.add(Field.SPORT);
        Organisation edited = federation.call(() -> directory.updateOrganisation(own.getId(), own.getVersion(),
                new OrganisationProfile(profile.shortName(), profile.fullName(), profile.kind(), profile.siren(),
                        "Rue du test " + run, profile.email(), profile.phone(), profile.wholeTerritory(),
                        profile.communes(), themes, profile.offers(), profile.signatorySince())));
        assertTrue(coordinator.call(() -> directory.organisation(own.getId())).getThemes().contains(Field.SPORT));
        Organisation signed = federation.call(() -> directory.updateOrganisation(own.getId(), edited.getVersion(),
                edited.profile().signedOn(LocalDate.of(1999, 1, 1))));
        assertEquals(own.getSignatorySince(), signed.getSignatorySince(),
                "signing the charter is the platform's decision, not the partner's");
        assertTrue(federation.call(() -> directory.mayEdit(own.getId())));
        assertFalse(federation.call(() -> directory.mayEdit(other.getId())));

        BusinessException refused = assertThrows(BusinessException.class, () -> federation.call(
                () -> directory.updateOrganisation(other.getId(), other.getVersion(), other.profile())));
        assertEquals(BusinessException.Kind.FORBIDDEN, refused.getKind());
        assertTrue(refused.getMessage().contains("votre organisation"), refused.getMessage());
        assertThrows(BusinessException.class, () -> federation.call(() -> directory.addMember(other.getId(),
                new PersonEntry("Intrus " + run, null, null, null))));
        assertThrows(BusinessException.class, () -> apei.call(() -> resources.offer(own.getId(), room("Salle " + run,
                "62498"))));
        assertThrows(EJBAccessException.class, () -> staff.call(() -> directory.updateOrganisation(own.getId(),
                signed.getVersion(), signed.profile())));

        BusinessException stale = assertThrows(BusinessException.class, () -> federation.call(
                () -> directory.updateOrganisation(own.getId(), own.getVersion(), own.profile())));
        assertEquals(BusinessException.Kind.CONFLICT, stale.getKind(), "an edit made on an old version is refused");
    }

    /**
     * The catalogue by kind then name, narrowed by kind, commune, a wheelchair's access and organisation, each filter
     * alone and together; withdrawn resources and other organisations' are never shown, and the total matches.
     */
    @Test
    void theCatalogueIsNarrowedByKindCommuneAccessAndOrganisationInKindThenNameOrder() {
        long federationId = organisation(FEDERATION).getId();
        String lievin = "62510";
        Resource roomB = federation.call(() -> resources.offer(federationId, new ResourceDetails(ResourceKind.ROOM,
                "Catalogue " + run + " b", "Une salle.", lievin, 30, true, null, null, null, null)));
        federation.call(() -> resources.offer(federationId, new ResourceDetails(ResourceKind.ROOM,
                "Catalogue " + run + " a", "Une salle à l'étage.", "62498", 12, false, null, null, null, null)));
        federation.call(() -> resources.offer(federationId, new ResourceDetails(ResourceKind.EQUIPMENT,
                "Catalogue " + run + " c", "Une sono.", lievin, null, false, null, null, null, null)));
        Resource withdrawn = federation.call(() -> resources.offer(federationId, new ResourceDetails(
                ResourceKind.ROOM, "Catalogue " + run + " retirée", "Plus prêtée.", lievin, 20, true, null, null,
                null, null)));
        federation.run(() -> resources.withdraw(withdrawn.getId(), resources.resource(withdrawn.getId())
                .getVersion()));

        assertEquals(List.of("c", "a", "b"), catalogue(null, null, false, federationId),
                "the equipment before the rooms (by kind), the rooms by name, the withdrawn one never");
        assertEquals(List.of("a", "b"), catalogue(ResourceKind.ROOM, null, false, federationId));
        assertEquals(List.of("c", "b"), catalogue(null, lievin, false, federationId));
        assertEquals(List.of("b"), catalogue(null, null, true, federationId));
        assertEquals(List.of("b"), catalogue(ResourceKind.ROOM, lievin, true, federationId));
        assertEquals(List.of(), catalogue(null, null, false, organisation(APEI).getId()));

        Page<Resource> rooms = staff.call(() -> resources.catalogue(new ResourceFilter(Platform.LENS_LIEVIN,
                ResourceKind.ROOM, lievin, true, null), 0, 100));
        assertEquals(rooms.getItems().size(), rooms.getTotal(), "the total counts the rows shown");
        assertTrue(rooms.getItems().stream().anyMatch(resource -> resource.getId().equals(roomB.getId())));
        assertTrue(rooms.getItems().stream().allMatch(resource -> resource.getKind() == ResourceKind.ROOM
                && lievin.equals(resource.getInseeCode()) && resource.isWheelchairAccessible()));
        Page<Resource> second = staff.call(() -> resources.catalogue(new ResourceFilter(Platform.LENS_LIEVIN,
                null, null, false, null), 1, 1));
        assertEquals(staff.call(() -> resources.catalogue(new ResourceFilter(Platform.LENS_LIEVIN, null, null,
                false, null), 0, 2)).getItems().get(1).getId(), second.getItems().get(0).getId(), "pages follow");
    }

    /** The letters ending this run's resources' names found by the filter, in the catalogue's order. */
    private List<String> catalogue(ResourceKind kind, String commune, boolean wheelchair, Long organisationId) {
        return staff.call(() -> resources.catalogue(new ResourceFilter(Platform.LENS_LIEVIN, kind, commune,
                wheelchair, organisationId), 0, 100)).getItems().stream().map(Resource::getName)
                .filter(name -> name.startsWith("Catalogue " + run + " ")).map(name -> name.substring(name.length()
                        - (name.endsWith("retirée") ? 7 : 1))).toList();
    }

    @Test
    void twoOverlappingBookingsAreNeverBothAcceptedEvenDecidedAtTheSameInstant() throws Exception {
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea("Fête de quartier " + run, Set.of(Need.PREMISES), "62498")));
        LocalDate day = LocalDate.now(PARIS).plusDays(20);
        ExecutorService deciders = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String name = "Salle " + run + " " + round;
                Resource room = federation.call(() -> resources.offer(organisation(FEDERATION).getId(),
                        room(name, "62498")));
                Booking morning = staff.call(() -> resources.request(room.getId(), project.getId(), at(day, 10),
                        at(day, 12), "Répétition"));
                Booking noon = staff.call(() -> resources.request(room.getId(), project.getId(), at(day, 11),
                        at(day, 13), "Repas"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (Booking booking : List.of(morning, noon)) {
                    outcomes.add(deciders.submit(() -> {
                        start.await();
                        try {
                            federation.call(() -> resources.accept(booking.getId(), booking.getVersion()));
                            return "acceptée";
                        } catch (BusinessException refused) {
                            return refused.getMessage();
                        }
                    }));
                }
                start.countDown();
                List<String> said = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    said.add(outcome.get());
                }
                assertEquals(1, said.stream().filter("acceptée"::equals).count(), "round " + round + ": " + said);
                assertTrue(said.stream().anyMatch(text -> text.contains("est déjà réservé")), said.toString());
                List<Booking> calendar = staff.call(() -> resources.calendar(room.getId(), at(day, 0),
                        at(day.plusDays(1), 0)));
                assertEquals(1, calendar.stream().filter(b -> b.getStatus() == BookingStatus.ACCEPTED).count());
            }
        } finally {
            deciders.shutdownNow();
        }

        Resource hall = federation.call(() -> resources.offer(organisation(FEDERATION).getId(),
                room("Grande salle " + run, "62498")));
        Booking first = staff.call(() -> resources.request(hall.getId(), project.getId(), at(day, 14), at(day, 16),
                null));
        federation.run(() -> resources.accept(first.getId(), first.getVersion()));
        BusinessException taken = assertThrows(BusinessException.class, () -> staff.call(() -> resources.request(
                hall.getId(), project.getId(), at(day, 15), at(day, 17), null)));
        assertTrue(taken.getMessage().contains("déjà réservé"), taken.getMessage());
        Booking after = staff.call(() -> resources.request(hall.getId(), project.getId(), at(day, 16), at(day, 18),
                null));
        assertEquals(BookingStatus.REQUESTED, after.getStatus(), "back to back is not an overlap");
        assertThrows(BusinessException.class, () -> apei.call(() -> resources.accept(after.getId(),
                after.getVersion())), "only the owner answers");
        BusinessException noReason = assertThrows(BusinessException.class, () -> federation.call(
                () -> resources.decline(after.getId(), after.getVersion(), " ")));
        assertTrue(noReason.getMessage().contains("pourquoi"), noReason.getMessage());
        assertEquals(BookingStatus.DECLINED, federation.call(() -> resources.decline(after.getId(),
                after.getVersion(), "La salle est en travaux.")).getStatus());
        assertEquals(2, staff.call(() -> resources.ofProject(project.getId())).stream()
                .filter(b -> b.getResource().getId().equals(hall.getId())).count(), "the refused request left nothing");
        assertTrue(federation.call(() -> resources.awaitingMyAnswer(0, 100)).getItems().stream()
                .noneMatch(b -> b.getResource().getId().equals(hall.getId())), "nothing left to answer on the hall");

        Resource stage = federation.call(() -> resources.offer(organisation(FEDERATION).getId(),
                room("Scène " + run, "62498")));
        Booking waiting = staff.call(() -> resources.request(stage.getId(), project.getId(), at(day, 9), at(day, 10),
                null));
        assertTrue(coordinator.call(() -> resources.awaitingMyAnswer(0, 100)).getTotal() >= 1);
        assertEquals(List.of(waiting.getId()), federation.call(() -> resources.pending(stage.getId())).stream()
                .map(Booking::getId).toList());
        federation.run(() -> resources.withdraw(stage.getId(), resources.resource(stage.getId()).getVersion()));
        assertEquals(BookingStatus.DECLINED, staff.call(() -> resources.ofProject(project.getId())).stream()
                .filter(b -> b.getId().equals(waiting.getId())).findFirst().orElseThrow().getStatus(),
                "withdrawn, its waiting requests are declined");
    }

    @Test
    void aBadFileImportsNothingAndSaysWhichLineIsWrong() {
        byte[] latin1 = ("nom_court;nom_complet;type\nCentre " + run + ";Centre social de Liévin;centre social\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        BusinessException encoding = assertThrows(BusinessException.class, () -> coordinator.call(
                () -> exchange.previewOrganisations(Platform.LENS_LIEVIN, latin1)));
        assertTrue(encoding.getMessage().contains("UTF-8"), encoding.getMessage());

        BusinessException columns = assertThrows(BusinessException.class, () -> coordinator.call(
                () -> exchange.previewOrganisations(Platform.LENS_LIEVIN, utf8("nom;type\nA;association\n"))));
        assertTrue(columns.getMessage().contains("nom_court") && columns.getMessage().contains("nom_complet"),
                columns.getMessage());

        String file = "nom_court;nom_complet;type;siren;communes;thematiques\n"
                + "Bon " + run + ";Association bonne;association;;Liévin|Lens;culture\n"
                + "Siren " + run + ";Association au SIREN faux;association;226200013;;\n"
                + "Commune " + run + ";Association d'ailleurs;association;;Paris;\n"
                + "Bon " + run + ";Doublon;association;;;\n";
        ImportReport report = coordinator.call(() -> exchange.previewOrganisations(Platform.LENS_LIEVIN,
                utf8(file)));
        assertEquals(4, report.getLines());
        assertEquals(List.of(3, 4, 5), report.getErrors().stream().map(ImportReport.LineError::getLine).toList());
        assertTrue(report.getErrors().get(0).getMessage().contains("SIREN"), report.getErrors().toString());
        assertTrue(report.getErrors().get(1).getMessage().contains("Paris"), report.getErrors().toString());
        assertTrue(report.getErrors().get(2).getMessage().contains("ligne 2"), report.getErrors().toString());
        BusinessException refused = assertThrows(BusinessException.class, () -> coordinator.call(
                () -> exchange.importOrganisations(Platform.LENS_LIEVIN, utf8(file))));
        assertTrue(refused.getMessage().contains("rien n'a été importé"), refused.getMessage());
        assertEquals(0, count(run), "not even the good line was imported");
    }

    @Test
    void tenThousandLinesAreImportedAtOnceAndTheExportReadsBack() throws Exception {
        StringBuilder file = new StringBuilder("\uFEFFnom_court,nom_complet,type,communes,thematiques,offres\r\n");
        for (int i = 1; i <= 10_000; i++) {
            file.append(String.format("Lot %s n°%05d,\"Association n°%d, de Lens\",association,Lens,sport|santé,"
                    + "bénévoles\r\n", run, i, i));
        }
        ImportReport preview = coordinator.call(() -> exchange.previewOrganisations(Platform.LENS_LIEVIN,
                utf8(file.toString())));
        assertTrue(preview.isAcceptable(), preview.getErrors().toString());
        assertEquals(10_000, preview.getCreated());
        ImportReport done = coordinator.call(() -> exchange.importOrganisations(Platform.LENS_LIEVIN,
                utf8(file.toString())));
        assertEquals(10_000, done.getCreated());
        var page = staff.call(() -> directory.organisations(new DirectoryFilter(Platform.LENS_LIEVIN, "Lot " + run,
                null, Field.HEALTH, "62498"), 9_980, 20));
        assertEquals(10_000, page.getTotal(), "every line is there, with its theme and commune");
        assertEquals(20, page.getItems().size(), "and the list reads one page from the database");
        assertEquals("Lot " + run + " n°09981", page.getItems().get(0).getShortName());
        assertEquals("Association n°9981, de Lens", page.getItems().get(0).getFullName());
        byte[] csv = staff.call(() -> exchange.exportOrganisations(Platform.LENS_LIEVIN, ExportFormat.CSV));
        ImportReport again = coordinator.call(() -> exchange.previewOrganisations(Platform.LENS_LIEVIN, csv));
        assertTrue(again.isAcceptable(), "the export is a valid import: " + again.getErrors().stream().limit(3).toList());
        assertEquals(0, again.getCreated(), "and it names only known organisations");

        byte[] workbook = staff.call(() -> exchange.exportOrganisations(Platform.LENS_LIEVIN, ExportFormat.XLSX));
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(sheet != null && sheet.contains("Lot " + run + " n°00042"), "the workbook holds the rows");
    }

    @Test
    void theDirectoryPagesItsMatchesByShortNameWithTheirTotal() {
        StringBuilder file = new StringBuilder("nom_court;nom_complet;type;thematiques\n");
        for (int i : new int[] {7, 24, 1, 13, 20, 3, 22, 9, 16, 11, 25, 5, 18, 2, 21, 14, 8, 23, 4, 19, 12, 6, 15, 10,
            17}) {
            file.append(String.format("Rang %s %02d;Association %d;association;sport\n", run, i, i));
        }
        coordinator.run(() -> exchange.importOrganisations(Platform.LENS_LIEVIN, utf8(file.toString())));
        DirectoryFilter filter = new DirectoryFilter(Platform.LENS_LIEVIN, "Rang " + run, null, Field.SPORT, null);
        var first = staff.call(() -> directory.organisations(filter, 0, 20));
        var second = staff.call(() -> directory.organisations(filter, 20, 20));
        assertEquals(25, first.getTotal());
        assertEquals(25, second.getTotal());
        assertEquals(List.of("Rang " + run + " 21", "Rang " + run + " 22", "Rang " + run + " 23", "Rang " + run + " 24",
                "Rang " + run + " 25"), second.getItems().stream().map(Organisation::getShortName).toList());
        assertEquals("Rang " + run + " 01", first.getItems().get(0).getShortName());
        assertEquals(Set.of(Field.SPORT), second.getItems().get(4).getThemes(), "with its themes");
        assertEquals(0, staff.call(() -> directory.organisations(filter, 40, 20)).getItems().size(), "past the end");
    }

    @Test
    void anEnglishReaderExportsTheDirectoryInEnglishAndAFileInEitherLanguageImports() {
        String french = "Bilingue " + run;
        String english = "Anglais " + run;
        coordinator.run(() -> exchange.importOrganisations(Platform.LENS_LIEVIN, utf8(
                "nom_court;nom_complet;type;communes;thematiques;offres\n" + french
                        + ";Association bilingue;collectivité;tout le territoire;santé;locaux\n")));
        try {
            origin.reads("en");
            String exported = new String(staff.call(() -> exchange.exportOrganisations(Platform.LENS_LIEVIN,
                    ExportFormat.CSV)), StandardCharsets.UTF_8);
            assertTrue(exported.startsWith("\uFEFFshort_name;full_name;kind;siren;address;email;phone;communes;themes;"
                    + "offers;signatory_since\r\n"), exported.substring(0, 200));
            assertTrue(exported.contains(french + ";Association bilingue;public body;;;;;whole territory;health;"
                    + "premises;\r\n"), "values in English too");
            BusinessException missing = assertThrows(BusinessException.class, () -> coordinator.call(
                    () -> exchange.previewOrganisations(Platform.LENS_LIEVIN, utf8("short_name;kind\nA;network\n"))));
            assertTrue(missing.getMessage().contains("full_name"), "named as the reader writes it: "
                    + missing.getMessage());
            ImportReport typo = coordinator.call(() -> exchange.previewOrganisations(Platform.LENS_LIEVIN,
                    utf8("short_name;full_name;kind\n" + english + ";English association;club\n")));
            assertTrue(typo.getErrors().get(0).getMessage().contains("institution, public body, association"),
                    "the possible kinds in English: " + typo.getErrors());

            origin.reads("fr");
            ImportReport back = coordinator.call(() -> exchange.previewOrganisations(Platform.LENS_LIEVIN,
                    utf8(exported)));
            assertTrue(back.isAcceptable(), "the English export imports for a French reader: "
                    + back.getErrors().stream().limit(3).toList());
            assertEquals(0, back.getCreated());
            coordinator.run(() -> exchange.importOrganisations(Platform.LENS_LIEVIN, utf8("short_name;full_name;"
                    + "kind;communes;themes;offers\n" + english + ";English association;social centre;Lens|Liévin;"
                    + "solidarity economy|education;volunteers|training\n")));
        } finally {
            origin.reads("fr");
        }
        Organisation typed = organisation(english);
        assertEquals(OrganisationKind.SOCIAL_CENTRE, typed.getKind());
        assertEquals(Set.of(Field.SOLIDARITY_ECONOMY, Field.EDUCATION), typed.getThemes());
        assertEquals(Set.of(Offer.VOLUNTEERS, Offer.TRAINING), typed.getOffers());
        assertEquals(2, typed.getCommunes().size());
        assertEquals(OrganisationKind.PUBLIC_BODY, organisation(french).getKind(), "the round trip changed nothing");
        assertTrue(organisation(french).isWholeTerritory());
    }

    @Test
    void aFileWithSomeColumnsChangesOnlyThoseColumns() {
        String name = "Partiel " + run;
        coordinator.run(() -> exchange.importOrganisations(Platform.LENS_LIEVIN, utf8(
                "nom_court;nom_complet;type;communes;thematiques;offres;telephone\n" + name
                        + ";Association partielle;association;Lens;culture|sport;locaux;+33 3 21 00 00 00\n")));
        coordinator.run(() -> exchange.importOrganisations(Platform.LENS_LIEVIN, utf8(
                "nom_court;nom_complet;type;courriel\n" + name + ";Association partielle;association;"
                        + "contact@partielle.example.org\n")));
        Organisation updated = organisation(name);
        assertEquals("contact@partielle.example.org", updated.getEmail());
        assertEquals(Set.of(Field.CULTURE, Field.SPORT), updated.getThemes(), "themes kept: no such column");
        assertEquals(Set.of("62498"), updated.getCommunes());
        assertEquals("+33 3 21 00 00 00", updated.getPhone());
        String exported = new String(staff.call(() -> exchange.exportOrganisations(Platform.LENS_LIEVIN,
                ExportFormat.CSV)), StandardCharsets.UTF_8);
        assertTrue(exported.contains(";'+33 3 21 00 00 00;"), "a spreadsheet reads it as text, not a formula");
    }

    @Test
    void aPersonBelongsToSeveralOrganisationsAndIsImportedOnce() {
        String email = "double-" + run + "@example.org";
        String people = "nom;courriel;telephone;organisation;fonction\n"
                + "Nadia Benali;" + email + ";0321000000;" + FEDERATION + ";Référente familles\n"
                + "Nadia Benali;" + email + ";;" + APEI + ";Bénévole\n"
                + "Sans Courriel;;;" + APEI + ";\n";
        ImportReport preview = coordinator.call(() -> exchange.previewPeople(Platform.LENS_LIEVIN, utf8(people)));
        assertEquals(List.of(4), preview.getErrors().stream().map(ImportReport.LineError::getLine).toList());
        String good = people.substring(0, people.lastIndexOf("Sans Courriel"));
        ImportReport done = coordinator.call(() -> exchange.importPeople(Platform.LENS_LIEVIN, utf8(good)));
        assertEquals(1, done.getCreated(), "one person");
        long personId = coordinator.call(() -> directory.members(organisation(APEI).getId(), 0, 100)).getItems()
                .stream().filter(m -> email.equals(m.getPerson().getEmail())).findFirst().orElseThrow().getPerson()
                .getId();
        PersonRecord record = staff.call(() -> directory.person(personId));
        assertEquals(Set.of(FEDERATION, APEI), Set.copyOf(record.getMemberships().stream()
                .map(m -> m.getOrganisation().getShortName()).toList()), "in two organisations");

        assertFalse(federation.call(() -> directory.mayEditPerson(personId)), "shared with APEI: the coordination's");
        BusinessException shared = assertThrows(BusinessException.class, () -> federation.call(
                () -> directory.updatePerson(personId, record.getPerson().getVersion(), new PersonEntry("Nadia B.",
                        email, null, null))));
        assertEquals(BusinessException.Kind.FORBIDDEN, shared.getKind());
        assertEquals("0321000000", record.getPerson().getPhone(), "a blank phone on the second line kept the first");
        assertEquals(Set.of("Référente familles", "Bénévole"), Set.copyOf(record.getMemberships().stream()
                .map(m -> m.getRole()).toList()));

        BusinessException twice = assertThrows(BusinessException.class, () -> federation.call(
                () -> directory.addMember(organisation(FEDERATION).getId(), new PersonEntry("Nadia B.", email, null,
                        null))));
        assertTrue(twice.getMessage().contains("déjà membre"), twice.getMessage());
    }

    @Test
    void coverageShowsWhereNoPartnerIsCompetent() {
        List<Commune> communes = referenceData.communes(Platform.LENS_LIEVIN);
        String vimy = communes.stream().filter(c -> c.getName().equals("Vimy")).findFirst().orElseThrow()
                .getInseeCode();
        long before = staff.call(() -> network.coverage(Platform.LENS_LIEVIN)).count(vimy, Field.HEALTH);
        long elsewhere = staff.call(() -> network.coverage(Platform.LENS_LIEVIN)).count("62498", Field.HEALTH);
        coordinator.run(() -> directory.createOrganisation(Platform.LENS_LIEVIN, profile("Santé Vimy " + run,
                Set.of(vimy), Set.of(Field.HEALTH), Set.of(Offer.ADVICE), false)));
        var after = staff.call(() -> network.coverage(Platform.LENS_LIEVIN));
        assertEquals(before + 1, after.count(vimy, Field.HEALTH));
        assertEquals(elsewhere, after.count("62498", Field.HEALTH), "no change where it does not act");
        assertEquals(communes.size(), after.getRows().size(), "a row per commune of the territory");
        coordinator.run(() -> directory.createOrganisation(Platform.LENS_LIEVIN, profile("Santé partout " + run,
                Set.of(), Set.of(Field.HEALTH), Set.of(Offer.ADVICE), true)));
        var everywhere = staff.call(() -> network.coverage(Platform.LENS_LIEVIN));
        assertEquals(before + 2, everywhere.count(vimy, Field.HEALTH));
        assertEquals(elsewhere + 1, everywhere.count("62498", Field.HEALTH), "the whole territory counts everywhere");
    }

    @Test
    void suggestionsRankPartnersByThemeNeedPlaceAndOutcomeAndBecomeOrientationsInOneStep() {
        String commune = "62065";
        Organisation best = coordinator.call(() -> directory.createOrganisation(Platform.LENS_LIEVIN, profile(
                "Théâtre et locaux " + run, Set.of(commune), Set.of(Field.CULTURE), Set.of(Offer.PREMISES), false)));
        Organisation premisesOnly = coordinator.call(() -> directory.createOrganisation(Platform.LENS_LIEVIN,
                profile("Locaux " + run, Set.of(commune), Set.of(Field.SPORT), Set.of(Offer.PREMISES), false)));
        Organisation elsewhere = coordinator.call(() -> directory.createOrganisation(Platform.LENS_LIEVIN,
                profile("Culture ailleurs " + run, Set.of("62498"), Set.of(Field.CULTURE), Set.of(Offer.PREMISES),
                        false)));
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea("Théâtre forum " + run, Set.of(Need.PREMISES), commune)));

        List<Suggestions.Partner> suggested = staff.call(() -> network.suggestions(project.getId())).getPartners();
        List<Long> ids = suggested.stream().map(s -> s.getOrganisation().getId()).toList();
        assertTrue(ids.contains(best.getId()) && ids.contains(premisesOnly.getId()), ids.toString());
        assertFalse(ids.contains(elsewhere.getId()), "a partner acting elsewhere is not suggested");
        assertTrue(ids.indexOf(best.getId()) < ids.indexOf(premisesOnly.getId()), "theme and need beat need alone");
        Suggestions.Partner first = suggested.get(ids.indexOf(best.getId()));
        assertEquals(List.of(Field.CULTURE), first.getThemes());
        assertEquals(List.of(Need.PREMISES), first.getNeeds());
        assertThrows(EJBAccessException.class, () -> federation.call(() -> network.suggestions(project.getId())));

        coordinator.run(() -> orientations.orient(project.getId(), best.getId(), null, "Locaux"));
        assertTrue(staff.call(() -> network.suggestions(project.getId())).getPartners().stream()
                .filter(s -> s.getOrganisation().getId().equals(best.getId())).findFirst().orElseThrow()
                .isAlreadyOriented());
    }

    /**
     * An organisation's page, kept for its readers until the next change: the projects it received are shown to the
     * platform's team and to its own members, not to another partner's, who still reads its record and people; a member
     * added is listed at once.
     */
    @Test
    void anOrganisationsPageShowsItsProjectsToItsTeamAndOwnMembersOnlyAndANewMemberAtOnce() {
        Organisation own = organisation(FEDERATION);
        Project project = coordinator.call(() -> projects.registerOnBehalf(Platform.LENS_LIEVIN,
                idea("Jardin des voisins " + run, Set.of(Need.PREMISES), "62498")));
        OrganisationPage before = coordinator.call(() -> directory.organisationPage(own.getId(), 0, 100));
        assertFalse(projectsOf(before).contains(project.getId()));
        coordinator.run(() -> orientations.orient(project.getId(), own.getId(), null, "Un local " + run));

        List<Function<Supplier<OrganisationPage>, OrganisationPage>> readers = List.of(coordinator::call, staff::call,
                federation::call);
        for (var reader : readers) {
            OrganisationPage page = reader.apply(() -> directory.organisationPage(own.getId(), 0, 100));
            assertTrue(projectsOf(page).contains(project.getId()), "the team and the organisation see its projects");
            assertEquals("Un local " + run, page.getOrientations().stream()
                    .filter(o -> o.getProjectId() == project.getId()).findFirst().orElseThrow().getNeed());
        }
        OrganisationPage seenByAnother = apei.call(() -> directory.organisationPage(own.getId(), 0, 100));
        assertEquals(FEDERATION, seenByAnother.getShortName());
        assertTrue(seenByAnother.getOrientations().isEmpty() && seenByAnother.getAdvice().isEmpty(),
                "another partner does not see the projects it worked with");
        assertFalse(seenByAnother.getMembers().getItems().isEmpty(), "but sees its people");

        String newcomer = "Nadia Benali " + run;
        federation.run(() -> directory.addMember(own.getId(), new PersonEntry(newcomer, null, null, "Animatrice")));
        assertTrue(membersNamed(own.getId(), newcomer), "the new member is listed at once");
    }

    private static Set<Long> projectsOf(OrganisationPage page) {
        return page.getOrientations().stream().map(OrganisationPage.LinkedOrientation::getProjectId)
                .collect(java.util.stream.Collectors.toSet());
    }

    private boolean membersNamed(long organisationId, String name) {
        for (int first = 0; first < 10_000; first += 100) {
            int from = first;
            Page<OrganisationPage.Member> members = apei.call(() -> directory.organisationPage(organisationId, from,
                    100)).getMembers();
            if (members.getItems().stream().anyMatch(member -> member.getFullName().equals(name))) {
                return true;
            }
            if (!members.hasNext()) {
                return false;
            }
        }
        return false;
    }

    @Test
    void staleRecordsAreListedAndTheirMembersRemindedOnce() throws Exception {
        String name = "Ancien partenaire " + run;
        Organisation old = admin.call(() -> referenceData.registerFoundingPartner(Platform.LENS_LIEVIN, name,
                name, OrganisationKind.ASSOCIATION, null, null));
        String member = "membre-ancien-" + run;
        admin.run(() -> {
            referenceData.registerAccount(member, "Membre Ancien", member + "@example.org",
                    "fabrik-test".toCharArray(), Set.of("partner"));
            referenceData.joinOrganisation(member, Platform.LENS_LIEVIN, name);
        });
        assertTrue(listedAsStale(old.getId()), "never confirmed, it is to confirm");
        GreenMail smtp = Mailbox.start();
        try {
            assertTrue(coordinator.call(() -> directory.remindToConfirm()) >= 1);
            String body = Mailbox.waitFor(smtp, member + "@example.org", "est-elle à jour");
            assertTrue(body.contains("/reseau/organisation.xhtml?id=" + old.getId()), body);
            assertTrue(coordinator.call(() -> directory.organisation(old.getId())).getRemindedAt() != null);
            coordinator.run(() -> directory.remindToConfirm());
            Thread.sleep(1000);
            assertEquals(1, remindersAbout(smtp, name), "reminded at most once a month");
        } finally {
            smtp.stop();
        }
        Organisation current = coordinator.call(() -> directory.organisation(old.getId()));
        coordinator.run(() -> directory.confirmOrganisation(old.getId(), current.getVersion()));
        assertFalse(listedAsStale(old.getId()), "confirmed, it leaves the list");
    }

    private static long remindersAbout(GreenMail smtp, String name) throws Exception {
        long count = 0;
        for (var message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(name)) {
                count++;
            }
        }
        return count;
    }

    private boolean listedAsStale(long organisationId) {
        for (int first = 0; first < 20_000; first += 100) {
            int from = first;
            var page = coordinator.call(() -> directory.toConfirm(Platform.LENS_LIEVIN, from, 100));
            if (page.getItems().stream().anyMatch(o -> o.getId() == organisationId)) {
                return true;
            }
            if (!page.hasNext()) {
                return false;
            }
        }
        return false;
    }

    private long count(String text) {
        return staff.call(() -> directory.organisations(new DirectoryFilter(Platform.LENS_LIEVIN, text, null, null,
                null), 0, 1)).getTotal();
    }

    private Organisation organisation(String shortName) {
        return staff.call(() -> directory.organisations(new DirectoryFilter(Platform.LENS_LIEVIN, shortName, null,
                null, null), 0, 10)).getItems().stream().filter(o -> o.getShortName().equals(shortName)).findFirst()
                .map(o -> staff.call(() -> directory.organisation(o.getId()))).orElseThrow();
    }

    private static OrganisationProfile profile(String name, Set<String> communes, Set<Field> themes,
            Set<Offer> offers, boolean everywhere) {
        return new OrganisationProfile(name, name, OrganisationKind.ASSOCIATION, null, null, null, null, everywhere,
                communes, themes, offers, null);
    }

    private static ResourceDetails room(String name, String commune) {
        return new ResourceDetails(ResourceKind.ROOM, name, "Une salle pour les tests.", commune, 30, true, null,
                null, null, null);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PARIS).toInstant();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static IdeaSubmission idea(String title, Set<Need> needs, String commune) {
        return new IdeaSubmission(HolderKind.ASSOCIATION, "Association " + title, null, null, "0321000000", title,
                "Une idée pour le quartier.", "Pour les habitants.", Set.of(Field.CULTURE), commune, null, null, needs,
                true);
    }
}
