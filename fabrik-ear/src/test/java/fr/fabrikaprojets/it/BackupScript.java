package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The backup script of {@code src/backup} run as an administrator runs it, and what its tests compare. */
final class BackupScript {

    private BackupScript() {
    }

    /** Runs the backup script; its standard output. */
    static String script(String... arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "fabrik-backup.sh " + String.join(" ", arguments) + " : " + err + out);
        return out;
    }

    static String scriptFailing(String... arguments) throws IOException, InterruptedException {
        Process process = start(arguments);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor() != 0, "refused");
        return err;
    }

    private static Process start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "../src/backup/fabrik-backup.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("FABRIK_PASSWORD", "fabrik");
        return builder.start();
    }

    /** Every row of every table of an embedded Derby database (closed afterwards). */
    static Map<String, List<String>> derbyRows(Path directory) throws SQLException {
        String url = "jdbc:derby:" + directory;
        try (Connection db = DriverManager.getConnection(url)) {
            return rows(db, "APP");
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException closed) {
                if (!"08006".equals(closed.getSQLState())) {
                    throw closed;
                }
            }
        }
    }

    /** Every row of every table of a schema, as text, sorted: two databases compare table by table. */
    static Map<String, List<String>> rows(Connection db, String schema) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        {
            List<String> names = new ArrayList<>();
            try (ResultSet found = db.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    names.add(found.getString("TABLE_NAME"));
                }
            }
            for (String table : names) {
                List<String> read = new ArrayList<>();
                try (Statement query = db.createStatement();
                        ResultSet rs = query.executeQuery("SELECT * FROM \"" + schema + "\".\"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(text(rs.getObject(i))).append('|');
                        }
                        read.add(row.toString());
                    }
                }
                read.sort(null);
                tables.put(table, read);
            }
        }
        return tables;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }

    /** Each file under a directory: its relative path and the SHA-256 of its content. */
    static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.put(root.relativize(file).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                }
            }
        }
        return files;
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
