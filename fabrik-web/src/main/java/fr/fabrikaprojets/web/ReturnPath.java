package fr.fabrikaprojets.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/** Where a switch of the header goes back to: the page of Fabrik named by {@code retour}, never another site. */
final class ReturnPath {

    /** A page of Fabrik and its query: a path of plain characters, never "//", a backslash or a control character. */
    private static final Pattern OWN_PAGE = Pattern.compile("(?!.*//)/[\\w\\-./]*(\\?[\\w\\-.=&%+,;:@~]*)?");

    private ReturnPath() {
    }

    /** The page to go back to, relative to the context path; the home page when {@code retour} is not ours. */
    static String of(HttpServletRequest request) {
        String back = request.getParameter("retour");
        return back != null && OWN_PAGE.matcher(back).matches() ? back : "/";
    }
}
