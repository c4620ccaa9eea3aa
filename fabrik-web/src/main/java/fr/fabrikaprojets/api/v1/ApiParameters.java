package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Query and path parameters read strictly: a value the API does not know is refused in French, never ignored. */
final class ApiParameters {

    static final String PLATFORM = "Code de la plateforme (territoire), par exemple lens-lievin ; par défaut la "
            + "plateforme principale du déploiement";

    private static final int MAX_TEXT = 200;
    private static final Pattern PLATFORM_CODE = Pattern.compile("[a-z0-9-]{1,40}");

    private ApiParameters() {
    }

    /** An enumerated value by its name ({@code RECEIVED}), or null when absent. */
    static <E extends Enum<E>> E choice(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            throw BusinessException.invalid("Le paramètre " + name + " doit valoir l'une de ces valeurs : "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                    + ". « " + shortened(value) + " » n'en est pas une.");
        }
    }

    /** A platform's code, or the deployment's default platform when absent. */
    static String platform(String value) {
        if (value == null || value.isBlank()) {
            return Platform.defaultCode();
        }
        if (!PLATFORM_CODE.matcher(value.strip()).matches()) {
            throw BusinessException.invalid("Le paramètre platform est le code d'une plateforme, en minuscules, "
                    + "chiffres et traits d'union (par exemple lens-lievin) : « " + shortened(value)
                    + " » n'en est pas un.");
        }
        return value.strip();
    }

    /** A record's number in a path. */
    static long id(String what, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw BusinessException.notFound("« " + shortened(value) + " » n'est pas un numéro de " + what + ".");
    }

    /** A free text filter, trimmed; at most 200 characters. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw BusinessException.invalid("Le paramètre " + name + " dépasse " + MAX_TEXT + " caractères.");
        }
        return value.strip();
    }

    /** A commune's INSEE code: five characters, digits or 2A/2B. */
    static String commune(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[0-9][0-9AB][0-9]{3}")) {
            throw BusinessException.invalid("Le paramètre commune doit être un code INSEE de cinq caractères, par "
                    + "exemple 62498 pour Lens : « " + shortened(value) + " » n'en est pas un.");
        }
        return value.strip();
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
