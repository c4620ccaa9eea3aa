package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.application.StatisticsService;
import fr.fabrikaprojets.application.statistics.ActivityStatistics;
import fr.fabrikaprojets.application.statistics.CommuneFigures;
import fr.fabrikaprojets.application.statistics.PeriodFigures;
import fr.fabrikaprojets.application.statistics.StatisticsFilter;
import fr.fabrikaprojets.domain.model.project.Field;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The activity figures of a year, the same as the dashboard's, for the platform's team and funders' reports. */
@Path("v1/statistics")
@RequestScoped
@SecurityRequirement(name = "oidc")
@SecurityRequirement(name = "session")
@Tag(name = "Statistiques")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @EJB
    private StatisticsService statistics;

    @Context
    private Request request;

    @GET
    @Operation(summary = "Les chiffres d'activité d'une année",
            description = "Projets reçus, présentés, accompagnés et réalisés, par mois et par commune ; réunions "
                    + "tenues et participants ; orientations par issue. Filtrables par commune et domaine.")
    @APIResponse(responseCode = "200", description = "Les chiffres",
            content = @Content(schema = @Schema(implementation = Figures.class)))
    public Response figures(
            @Parameter(description = ApiParameters.PLATFORM) @QueryParam("platform") String platform,
            @Parameter(description = "L'année sur quatre chiffres (l'année en cours par défaut)")
            @QueryParam("year") String year,
            @Parameter(description = "Code INSEE de la commune") @QueryParam("commune") String commune,
            @Parameter(description = "Domaine (CULTURE, SOCIAL, …)") @QueryParam("field") String field) {
        ActivityStatistics figures = statistics.activity(new StatisticsFilter(ApiParameters.platform(platform),
                SessionsResource.parseYear(year), ApiParameters.commune(commune),
                ApiParameters.choice(Field.class, "field", field)));
        return Representations.conditional(request, Figures.of(figures));
    }

    /** A year's figures. {@code computedAt}: the figures may be a few minutes old (the dashboard's cache). */
    public record Figures(int year, Instant computedAt, Period total, List<Period> months, List<Commune> communes,
            long sessionsHeld, long attendance, long organisationsRepresented, long oriented) {

        static Figures of(ActivityStatistics figures) {
            return new Figures(figures.getFilter().year(), figures.getComputedAt(), Period.of(figures.getYear()),
                    figures.getMonths().stream().map(Period::of).toList(),
                    figures.getCommunes().stream().map(Commune::of).toList(), figures.getSessionsHeld(),
                    figures.getAttendance(), figures.getOrganisationsRepresented(), figures.getOriented());
        }
    }

    public record Period(LocalDate first, LocalDate last, long received, long presented, long accompanied,
            long realised) {

        static Period of(PeriodFigures period) {
            return new Period(period.getFirst(), period.getLast(), period.getReceived(), period.getPresented(),
                    period.getAccompanied(), period.getRealised());
        }
    }

    public record Commune(String code, String name, long received, long realised) {

        static Commune of(CommuneFigures commune) {
            return new Commune(commune.getInseeCode(), commune.getName(), commune.getReceived(),
                    commune.getRealised());
        }
    }
}
