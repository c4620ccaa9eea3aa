package fr.fabrikaprojets.web;

import fr.fabrikaprojets.application.CoverageTable;
import fr.fabrikaprojets.application.NetworkGraph;
import fr.fabrikaprojets.application.NetworkService;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.shared.BusinessException;
import fr.fabrikaprojets.view.CurrentPlatform;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;

/**
 * The network's pictures, as SVG: {@code /reseau/couverture.svg} (theme × commune heat map, red where no partner is
 * competent) and {@code /reseau/carte.svg?annee=2026} (organisations and the projects they worked with that year).
 * Each page showing one also gives its content as a table.
 */
@WebServlet({"/reseau/couverture.svg", "/reseau/carte.svg"})
public class NetworkPictures extends HttpServlet {

    @Inject
    private CurrentPlatform currentPlatform;

    private static final long serialVersionUID = 1L;
    private static final String[] HEAT = {"#d73027", "#fdae61", "#a6d96a", "#1a9641"};
    private static final int ROW = 22;

    @EJB
    private NetworkService network;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String svg;
        try {
            if (request.getServletPath().endsWith("couverture.svg")) {
                svg = coverage(network.coverage(currentPlatform.getCode()));
            } else {
                OptionalInt year = PageParameters.year(request.getParameter("annee"));
                if (year.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                svg = graph(network.graph(currentPlatform.getCode(), year.getAsInt()));
            }
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException forbidden) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String coverage(CoverageTable table) {
        ResourceBundle labels = ResourceBundle.getBundle("fr.fabrikaprojets.i18n.messages", Locale.FRENCH);
        int left = 190;
        int cell = 92;
        int top = 40;
        List<Field> themes = table.getThemes();
        Svg svg = new Svg(left + cell * themes.size() + 10, top + ROW * table.getRows().size() + 40,
                "Couverture du territoire par thématique");
        for (int column = 0; column < themes.size(); column++) {
            svg.text(left + cell * column + cell / 2.0, top - 10, "middle",
                    Svg.shorten(labels.getString("project.field." + themes.get(column)), 14), "font-weight=\"bold\"");
        }
        for (int row = 0; row < table.getRows().size(); row++) {
            CoverageTable.Row line = table.getRows().get(row);
            double y = top + ROW * row;
            svg.text(left - 8, y + 15, "end", Svg.shorten(line.getCommune().getName(), 26), "");
            for (int column = 0; column < themes.size(); column++) {
                long count = line.getCounts().get(column);
                svg.rect(left + cell * column, y, cell, ROW, HEAT[(int) Math.min(3, count)]);
                svg.text(left + cell * column + cell / 2.0, y + 15, "middle", String.valueOf(count),
                        count == 0 ? "fill=\"#ffffff\" font-weight=\"bold\"" : "");
            }
        }
        double legend = top + ROW * table.getRows().size() + 25;
        svg.text(10, legend, "start", "Rouge : aucun partenaire compétent · orange : un seul · vert : deux ou plus", "");
        return svg.close();
    }

    private static String graph(NetworkGraph graph) {
        int rows = Math.max(1, Math.max(graph.organisations().size(), graph.projects().size()));
        int width = 980;
        int leftX = 260;
        int rightX = 720;
        int top = 50;
        Svg svg = new Svg(width, top + ROW * rows + 40, "Le réseau en " + graph.year());
        svg.text(leftX, 25, "end", "Organisations", "font-weight=\"bold\"");
        svg.text(rightX, 25, "start", "Projets", "font-weight=\"bold\"");
        double orgStep = ROW * (double) rows / Math.max(1, graph.organisations().size());
        double projectStep = ROW * (double) rows / Math.max(1, graph.projects().size());
        for (NetworkGraph.Edge edge : graph.edges()) {
            boolean advice = "avis".equals(edge.kind());
            svg.line(leftX + 6, top + orgStep * (edge.organisation() + 0.5), rightX - 6,
                    top + projectStep * (edge.project() + 0.5), advice ? "#4575b4" : "#1a9641",
                    advice ? "stroke-dasharray=\"5,3\" stroke-width=\"1.2\"" : "stroke-width=\"1.6\"");
        }
        for (int i = 0; i < graph.organisations().size(); i++) {
            svg.text(leftX, top + orgStep * (i + 0.5) + 4, "end", Svg.shorten(graph.organisations().get(i), 34), "");
        }
        for (int i = 0; i < graph.projects().size(); i++) {
            svg.text(rightX, top + projectStep * (i + 0.5) + 4, "start", Svg.shorten(graph.projects().get(i), 34), "");
        }
        svg.text(10, top + ROW * rows + 25, "start", graph.edges().isEmpty() ? "Aucun lien cette année."
                : "Pointillés bleus : avis demandés · traits verts : orientations", "");
        return svg.close();
    }
}
