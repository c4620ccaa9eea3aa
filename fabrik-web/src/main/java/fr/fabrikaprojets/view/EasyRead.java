package fr.fabrikaprojets.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.AbstractMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The easy-to-read version of the public pages ("Facile à lire et à comprendre", FALC): chosen by the visitor with
 * the header's switch and kept in a cookie, so that it follows them from page to page without an account. Pages ask
 * their texts through {@code #{easyRead.text['home.intro']}}: in easy-read mode, the hand-written
 * {@code falc.home.intro} of the bundles when it exists, otherwise the usual text.
 */
@Named
@RequestScoped
public class EasyRead {

    public static final String COOKIE = "fabrik-facile";
    private static final String PREFIX = "falc.";

    private Boolean on;

    public boolean isOn() {
        if (on == null) {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest();
            Cookie[] cookies = request.getCookies();
            on = false;
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    on |= COOKIE.equals(cookie.getName()) && "1".equals(cookie.getValue());
                }
            }
        }
        return on;
    }

    /** The page's texts by key: the easy-read one when it is chosen and written, the usual one otherwise. */
    public AbstractMap<String, String> getText() {
        return new AbstractMap<>() {
            @Override
            public String get(Object key) {
                FacesContext context = FacesContext.getCurrentInstance();
                ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
                if (isOn()) {
                    try {
                        return bundle.getString(PREFIX + key);
                    } catch (MissingResourceException none) {
                        // This text has no easy-read version: the usual one is short enough.
                    }
                }
                return bundle.getString((String) key);
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                return Set.of();
            }
        };
    }
}
