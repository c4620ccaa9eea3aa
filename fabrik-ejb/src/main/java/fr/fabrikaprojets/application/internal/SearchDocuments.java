package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.search.SearchDocument;
import fr.fabrikaprojets.application.search.SearchHit.Kind;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.advice.AdviceStatus;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheet;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the search index holds of a project, each text with who may find it — the same rules as the pages: the
 * platform's team finds everything; the members of an organisation asked for advice or oriented to find the project,
 * the minutes once the holder validated them, the advice shared with the holder and their own; everyone signed in
 * finds a published experience sheet. Never the holder's contacts.
 */
@ApplicationScoped
public class SearchDocuments {

    @Inject
    PresentationRepository presentations;

    @Inject
    AdviceRepository advice;

    @Inject
    OrientationRepository orientations;

    @Inject
    ExperienceSheetRepository sheets;

    public List<SearchDocument> of(Project project) {
        return of(List.of(project)).getOrDefault(project.getId(), List.of());
    }

    /** The documents of several projects, read in one statement per kind of text: a rebuild reads in batches. */
    public Map<Long, List<SearchDocument>> of(List<Project> batch) {
        List<Long> ids = batch.stream().map(Project::getId).toList();
        Map<Long, List<Presentation>> presented = presentations.ofProjects(ids).stream()
                .collect(Collectors.groupingBy(p -> p.getProject().getId()));
        Map<Long, List<Advice>> asked = advice.ofProjects(ids).stream()
                .collect(Collectors.groupingBy(a -> a.getProject().getId()));
        Map<Long, List<Orientation>> oriented = orientations.ofProjects(ids).stream()
                .collect(Collectors.groupingBy(o -> o.getProject().getId()));
        Map<Long, ExperienceSheet> sheetOf = sheets.ofProjects(ids).stream()
                .collect(Collectors.toMap(sheet -> sheet.getProject().getId(), sheet -> sheet));
        Map<Long, List<SearchDocument>> documents = new HashMap<>();
        for (Project project : batch) {
            long id = project.getId();
            documents.put(id, documents(project, presented.getOrDefault(id, List.of()),
                    asked.getOrDefault(id, List.of()), oriented.getOrDefault(id, List.of()), sheetOf.get(id)));
        }
        return documents;
    }

    private static List<SearchDocument> documents(Project project, List<Presentation> presented, List<Advice> asked,
            List<Orientation> oriented, ExperienceSheet sheet) {
        long id = project.getId();
        String platform = project.getPlatform().getCode();
        Set<String> involved = Stream.concat(
                asked.stream().filter(a -> a.getStatus() != AdviceStatus.REVOKED).map(a -> a.getOrganisation().getId()),
                oriented.stream().map(o -> o.getOrganisation().getId()))
                .map(SearchDocument::organisation).collect(Collectors.toSet());
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(new SearchDocument(Kind.PROJECT, "project:" + id, id, null, platform, project.getTitle(),
                text(project.getIdea(), project.getCollectiveAim(), project.getNeighbourhood(),
                        project.getInhabitantsParticipation(), project.getHolder().getName(),
                        project.getCommune().getName()), team(involved)));
        for (Presentation presentation : presented) {
            if (presentation.getMinutes() != null) {
                documents.add(new SearchDocument(Kind.MINUTES, "minutes:" + presentation.getId(), id, null, platform,
                        project.getTitle(), presentation.getMinutes(),
                        presentation.isMinutesShared() ? team(involved) : team(Set.of())));
            }
        }
        for (Advice given : asked) {
            if (given.getStatus() == AdviceStatus.REVOKED) {
                continue;
            }
            Set<String> readers = new HashSet<>(given.isShared() ? involved : Set.of());
            readers.add(SearchDocument.organisation(given.getOrganisation().getId()));
            documents.add(new SearchDocument(Kind.ADVICE, "advice:" + given.getId(), id, null, platform,
                    project.getTitle() + " — " + given.getOrganisation().getShortName(),
                    text(given.getIntroduction(), given.getQuestion(), given.getText(), given.getHolderReply()),
                    team(readers)));
        }
        if (sheet != null) {
            documents.add(new SearchDocument(Kind.SHEET, "sheet:" + sheet.getId(), id, sheet.getId(), platform,
                    sheet.getTitle(), text(sheet.getSummary(), sheet.getJourney(), sheet.getWhatWorked(),
                            sheet.getWhatBlocked()),
                    sheet.isPublished() ? team(Set.of(SearchDocument.NETWORK)) : team(Set.of())));
        }
        return documents;
    }

    private static Set<String> team(Set<String> others) {
        Set<String> audiences = new HashSet<>(others);
        audiences.add(SearchDocument.TEAM);
        return audiences;
    }

    private static String text(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }
}
