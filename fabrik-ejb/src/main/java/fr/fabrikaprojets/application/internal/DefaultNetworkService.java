package fr.fabrikaprojets.application.internal;

import static fr.fabrikaprojets.domain.shared.Roles.ADMIN;
import static fr.fabrikaprojets.domain.shared.Roles.COORDINATOR;
import static fr.fabrikaprojets.domain.shared.Roles.PARTNER;
import static fr.fabrikaprojets.domain.shared.Roles.STAFF;

import fr.fabrikaprojets.application.CoverageTable;
import fr.fabrikaprojets.application.NetworkGraph;
import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.application.Suggestions;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import fr.fabrikaprojets.domain.model.organisation.CoverageCount;
import fr.fabrikaprojets.domain.model.organisation.Offer;
import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.orientation.OrientationState;
import fr.fabrikaprojets.domain.model.orientation.OutcomeCount;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.model.project.Project;
import fr.fabrikaprojets.domain.model.resource.ResourceKind;
import fr.fabrikaprojets.domain.model.resource.ResourceRepository;
import fr.fabrikaprojets.domain.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
public class DefaultNetworkService implements NetworkService {

    private static final int MAX_LINKS = 100;
    private static final int MAX_EDGES = 400;
    private static final int MAX_CANDIDATES = 200;
    private static final int MAX_PARTNERS = 10;
    private static final int MAX_RESOURCES = 10;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Resource
    private SessionContext context;

    @Inject
    private ProjectAccess access;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private CommuneRepository communes;

    @Inject
    private AdviceRepository advice;

    @Inject
    private OrientationRepository orientations;

    @Inject
    private ResourceRepository resources;

    @Override
    @RolesAllowed({PARTNER, STAFF, COORDINATOR, ADMIN})
    public CoverageTable coverage(String platformCode) {
        access.requireMember(platformCode, context);
        List<Field> themes = List.of(Field.values());
        Map<String, Long> byCell = new HashMap<>();
        for (CoverageCount count : organisations.coverage(platformCode)) {
            byCell.put(count.inseeCode() + "/" + count.theme(), count.organisations());
        }
        List<CoverageTable.Row> rows = new ArrayList<>();
        for (Commune commune : communes.ofPlatform(platformCode)) {
            rows.add(new CoverageTable.Row(commune, themes.stream()
                    .map(theme -> byCell.getOrDefault(commune.getInseeCode() + "/" + theme, 0L)).toList()));
        }
        return new CoverageTable(themes, rows);
    }

    @Override
    @RolesAllowed({STAFF, COORDINATOR, ADMIN})
    public NetworkGraph graph(String platformCode, int year) {
        access.requireMember(platformCode, context);
        if (year < 2000 || year > 2100) {
            throw BusinessException.invalid("Choisissez une année entre 2000 et 2100.");
        }
        var from = LocalDate.of(year, 1, 1).atStartOfDay(PARIS).toInstant();
        var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(PARIS).toInstant();
        Map<Long, Integer> organisationIndex = new LinkedHashMap<>();
        Map<Long, Integer> projectIndex = new LinkedHashMap<>();
        List<String> organisationNames = new ArrayList<>();
        List<String> projectTitles = new ArrayList<>();
        List<NetworkGraph.Edge> edges = new ArrayList<>();
        for (Advice asked : advice.askedBetween(platformCode, from, to, MAX_EDGES)) {
            edges.add(new NetworkGraph.Edge(
                    index(organisationIndex, organisationNames, asked.getOrganisation().getId(),
                            asked.getOrganisation().getShortName()),
                    index(projectIndex, projectTitles, asked.getProject().getId(), asked.getProject().getTitle()),
                    "avis", asked.getStatus().label()));
        }
        for (Orientation oriented : orientations.proposedBetween(platformCode, from, to, MAX_EDGES)) {
            edges.add(new NetworkGraph.Edge(
                    index(organisationIndex, organisationNames, oriented.getOrganisation().getId(),
                            oriented.getOrganisation().getShortName()),
                    index(projectIndex, projectTitles, oriented.getProject().getId(), oriented.getProject().getTitle()),
                    "orientation", oriented.getState().label()));
        }
        return new NetworkGraph(year, organisationNames, projectTitles, edges);
    }

    private static int index(Map<Long, Integer> index, List<String> names, long id, String name) {
        return index.computeIfAbsent(id, key -> {
            names.add(name);
            return names.size() - 1;
        });
    }

    @Override
    @RolesAllowed({STAFF, COORDINATOR, ADMIN})
    public Suggestions suggestions(long projectId) {
        Project project = access.visibleProject(projectId, context);
        String platformCode = project.getPlatform().getCode();
        String commune = project.getCommune() == null ? null : project.getCommune().getInseeCode();
        Set<Need> needs = project.getNeeds();
        Set<Offer> offers = EnumSet.noneOf(Offer.class);
        needs.forEach(need -> offers.addAll(Offer.answering(need)));
        Map<Long, long[]> outcomes = outcomesByOrganisation(platformCode);
        Set<Long> oriented = orientations.ofProject(projectId, MAX_LINKS).stream()
                .map(orientation -> orientation.getOrganisation().getId()).collect(Collectors.toSet());
        List<Suggestions.Partner> partners = new ArrayList<>();
        for (Organisation candidate : organisations.candidates(platformCode, project.getFields(), offers, commune,
                MAX_CANDIDATES)) {
            List<Field> themes = project.getFields().stream().filter(candidate.getThemes()::contains).sorted().toList();
            List<Need> met = needs.stream().filter(need -> Offer.answering(need).stream()
                    .anyMatch(candidate.getOffers()::contains)).sorted().toList();
            long[] outcome = outcomes.getOrDefault(candidate.getId(), new long[2]);
            int score = 3 * themes.size() + 4 * met.size() + (candidate.isWholeTerritory() ? 1 : 2)
                    + (int) Math.round(outcome[1] == 0 ? 0 : 4.0 * outcome[0] / outcome[1]);
            partners.add(new Suggestions.Partner(candidate, score, themes, met, candidate.isWholeTerritory(),
                    outcome[0], outcome[1], oriented.contains(candidate.getId())));
        }
        partners.sort(Comparator.comparingInt(Suggestions.Partner::getScore).reversed()
                .thenComparing(partner -> partner.getOrganisation().getShortName()));
        Set<ResourceKind> kinds = EnumSet.noneOf(ResourceKind.class);
        needs.forEach(need -> kinds.addAll(ResourceKind.answering(need)));
        return new Suggestions(partners.subList(0, Math.min(MAX_PARTNERS, partners.size())),
                resources.answering(platformCode, kinds, commune, MAX_RESOURCES));
    }

    /** Per organisation: {orientations that brought help, orientations that reached an outcome}. */
    private Map<Long, long[]> outcomesByOrganisation(String platformCode) {
        Map<Long, long[]> outcomes = new HashMap<>();
        for (OutcomeCount count : orientations.outcomes(platformCode)) {
            long[] tally = outcomes.computeIfAbsent(count.organisationId(), key -> new long[2]);
            if (count.state() == OrientationState.HELP_OBTAINED) {
                tally[0] += count.orientations();
            }
            if (!count.state().isOpen()) {
                tally[1] += count.orientations();
            }
        }
        return outcomes;
    }
}
