package fr.fabrikaprojets.view;

import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The intranet portal's look, chosen by settings without rebuilding: its stylesheet after Fabrik's own
 * ({@code fabrik.theme.stylesheet}: it overrides the CSS variables {@code --fabrik-accent}, {@code --fabrik-font}…),
 * its logo in the header ({@code fabrik.theme.logo}), and PrimeFaces' theme ({@code fabrik.theme.primefaces}:
 * {@code saga}, the one built in, or {@code none} when the portal's stylesheet styles the components itself).
 * Addresses are https, http or absolute paths only; anything else is ignored.
 */
@Named
@ApplicationScoped
public class PortalTheme {

    static final String STYLESHEET = "fabrik.theme.stylesheet";
    static final String LOGO = "fabrik.theme.logo";
    static final String PRIMEFACES = "fabrik.theme.primefaces";
    private static final Set<String> PRIMEFACES_THEMES = Set.of("saga", "none");
    private static final Pattern ADDRESS = Pattern.compile("(https?://[A-Za-z0-9.-]+(:\\d+)?)?/[A-Za-z0-9/._~%+-]*"
            + "(\\?[A-Za-z0-9=&._~%+-]*)?");

    public String getStylesheet() {
        return address(STYLESHEET).orElse(null);
    }

    public String getLogo() {
        return address(LOGO).orElse(null);
    }

    public String getPrimefaces() {
        String theme = Settings.text(PRIMEFACES, "saga");
        return PRIMEFACES_THEMES.contains(theme) ? theme : "saga";
    }

    private static Optional<String> address(String setting) {
        return Settings.value(setting).filter(value -> ADDRESS.matcher(value).matches());
    }
}
