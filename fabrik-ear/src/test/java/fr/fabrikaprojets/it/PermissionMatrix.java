package fr.fabrikaprojets.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The table of {@code docs/permissions.md}, read as: row name → role → allowed. */
final class PermissionMatrix {

    static final String RESOURCE = "permissions.md";
    static final List<String> ROLES = List.of("anonymous", "partner", "staff", "coordinator", "admin");

    private final Map<String, Map<String, Boolean>> rows = new LinkedHashMap<>();

    private PermissionMatrix() {
    }

    static PermissionMatrix read(InputStream markdown) {
        PermissionMatrix matrix = new PermissionMatrix();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(markdown, StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("|") || line.startsWith("|---")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|"))
                        .map(String::strip).toList();
                if (header == null) {
                    header = cells;
                    if (!header.subList(1, header.size()).equals(ROLES)) {
                        throw new IllegalStateException("Colonnes inattendues dans permissions.md : " + header);
                    }
                    continue;
                }
                Map<String, Boolean> allowed = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    String cell = cells.get(i + 1);
                    if (!cell.equals("yes") && !cell.equals("no")) {
                        throw new IllegalStateException("Cellule ni yes ni no pour " + cells.get(0) + " : " + cell);
                    }
                    allowed.put(ROLES.get(i), cell.equals("yes"));
                }
                matrix.rows.put(cells.get(0), allowed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matrix;
    }

    Map<String, Map<String, Boolean>> rows() {
        return rows;
    }
}
