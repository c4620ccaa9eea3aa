package fr.fabrikaprojets.it;

import java.util.List;

/** Malformed and hostile values, tried in every parameter of the API and of the pages and every field of the forms. */
final class HostileValues {

    static final List<String> VALUES = List.of("", " ", "0", "-1", "1e10", "99999", "99999999999999999999",
            "2021abc", "２０２１", "abc", "%00", "'; DROP TABLE sessions;--", "1 OR 1=1", "<script>alert(1)</script>",
            "../../../../etc/passwd", "${jndi:ldap://127.0.0.1/x}", "#{7*7}", "\u0000", "é".repeat(300),
            "9".repeat(5000), "NaN", "null", "[]", "{}");

    private HostileValues() {
    }
}
