package fr.fabrikaprojets.application.internal;

import fr.fabrikaprojets.application.search.SearchDocument;
import fr.fabrikaprojets.application.search.SearchHit.Kind;
import fr.fabrikaprojets.domain.model.advice.Advice;
import fr.fabrikaprojets.domain.model.advice.AdviceRepository;
import fr.fabrikaprojets.domain.model.advice.AdviceStatus;
import fr.fabrikaprojets.domain.model.capitalisation.ExperienceSheetRepository;
import fr.fabrikaprojets.domain.model.orientation.Orientation;
import fr.fabrikaprojets.domain.model.orientation.OrientationRepository;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.presentation.PresentationRepository;
import fr.fabrikaprojets.domain.model.project.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private static final int MAX_PARTS = 100;

    @Inject
    PresentationRepository presentations;

    @Inject
    AdviceRepository advice;

    @Inject
    OrientationRepository orientations;

    @Inject
    ExperienceSheetRepository sheets;

    public List<SearchDocument> of(Project project) {
        long id = project.getId();
        String platform = project.getPlatform().getCode();
        List<Advice> asked = advice.ofProject(id, MAX_PARTS);
        List<Orientation> oriented = orientations.ofProject(id, MAX_PARTS);
        Set<String> involved = Stream.concat(
                asked.stream().filter(a -> a.getStatus() != AdviceStatus.REVOKED).map(a -> a.getOrganisation().getId()),
                oriented.stream().map(o -> o.getOrganisation().getId()))
                .map(SearchDocument::organisation).collect(Collectors.toSet());
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(new SearchDocument(Kind.PROJECT, "project:" + id, id, null, platform, project.getTitle(),
                text(project.getIdea(), project.getCollectiveAim(), project.getNeighbourhood(),
                        project.getInhabitantsParticipation(), project.getHolder().getName(),
                        project.getCommune().getName()), team(involved)));
        for (Presentation presentation : presentations.ofProject(id, MAX_PARTS)) {
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
        sheets.ofProject(id).ifPresent(sheet -> documents.add(new SearchDocument(Kind.SHEET, "sheet:" + sheet.getId(),
                id, sheet.getId(), platform, sheet.getTitle(), text(sheet.getSummary(), sheet.getJourney(),
                        sheet.getWhatWorked(), sheet.getWhatBlocked()),
                sheet.isPublished() ? team(Set.of(SearchDocument.NETWORK)) : team(Set.of()))));
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
