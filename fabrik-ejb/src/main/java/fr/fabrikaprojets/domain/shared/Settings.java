package fr.fabrikaprojets.domain.shared;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What an administrator may change without rebuilding, read through MicroProfile Config: a system property
 * ({@code -Dfabrik.reminders.days=7,14}, or a file of them given to the server with {@code --properties}), an
 * environment variable ({@code FABRIK_REMINDERS_DAYS}), or any config source configured in WildFly. Read at each
 * use, so that a value changed on a running server (a system property set through the management console) applies
 * without a restart.
 */
public final class Settings {

    private Settings() {
    }

    /** The value, trimmed, or empty when absent or blank. */
    public static Optional<String> value(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    public static String text(String name, String absent) {
        return value(name).orElse(absent);
    }

    /** A whole number of at least {@code min}; the default when absent or unreadable (a typo never stops Fabrik). */
    public static long number(String name, long absent, long min) {
        try {
            return value(name).map(Long::parseLong).map(value -> Math.max(min, value)).orElse(absent);
        } catch (NumberFormatException unreadable) {
            return absent;
        }
    }

    public static boolean flag(String name) {
        return value(name).map(Boolean::parseBoolean).orElse(false);
    }
}
