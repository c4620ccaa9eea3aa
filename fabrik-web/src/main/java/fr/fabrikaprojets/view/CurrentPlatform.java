package fr.fabrikaprojets.view;

import fr.fabrikaprojets.application.PlatformService;
import fr.fabrikaprojets.domain.model.platform.Platform;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The platform (territory) the pages show, for the whole visit: the deployment's default one at first, or the first
 * the person belongs to; the header offers the others they may switch to (every platform for the public, their own
 * once signed in), and any page's address may name one ({@code ?plateforme=arras}: a portal frames the widget of its
 * territory). Worked out again when the person signs in or out.
 */
@Named
@SessionScoped
public class CurrentPlatform implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PlatformService platforms;

    @Inject
    private HttpServletRequest request;

    /** The parameter of an address that names the platform to show; one the person may not see is ignored. */
    public static final String PARAMETER = "plateforme";

    /** Platforms are added rarely; the header's list is read again after this long, or at once by the admin page. */
    private static final long FRESH_MILLIS = 5 * 60 * 1000L;

    private String user;
    private List<Choice> choices;
    private long readAt;
    private String code;

    public String getCode() {
        refresh();
        String named = request.getParameter(PARAMETER);
        if (named != null && !named.equals(code)) {
            choose(named);
        }
        return code;
    }

    public String getName() {
        refresh();
        return choices.stream().filter(choice -> choice.getCode().equals(code)).map(Choice::getName).findFirst()
                .orElse(code);
    }

    /** The platforms the person may switch to. */
    public List<Choice> getChoices() {
        refresh();
        return choices;
    }

    /**
     * Whether the header offers the switch: two platforms or more. A property, not {@code choices.size()} in the page:
     * EL looks a method of an unmodifiable list up on its interfaces, {@code Serializable} first, and builds a
     * {@code NoSuchMethodException} with its stack trace at each page before finding {@code List}'s.
     */
    public boolean isSwitchable() {
        return getChoices().size() > 1;
    }

    /** @return whether the person may work on this platform, which is then the one shown */
    public boolean choose(String wanted) {
        refresh();
        boolean allowed = choices.stream().anyMatch(choice -> choice.getCode().equals(wanted));
        if (allowed) {
            code = wanted;
        }
        return allowed;
    }

    /** The platforms or memberships changed: the next page reads them again. */
    public void forget() {
        choices = null;
    }

    private void refresh() {
        String now = request.getRemoteUser();
        if (choices != null && Objects.equals(now, user) && System.currentTimeMillis() - readAt < FRESH_MILLIS) {
            return;
        }
        user = now;
        readAt = System.currentTimeMillis();
        Set<String> mine = now == null ? Set.of() : platforms.myPlatforms();
        choices = platforms.platforms().stream().filter(platform -> now == null || mine.contains(platform.getCode()))
                .map(platform -> new Choice(platform.getCode(), platform.getName())).toList();
        boolean stillOpen = choices.stream().anyMatch(choice -> choice.getCode().equals(code));
        if (!stillOpen) {
            String preferred = Platform.defaultCode();
            code = choices.stream().map(Choice::getCode).filter(preferred::equals).findFirst()
                    .orElse(choices.isEmpty() ? preferred : choices.get(0).getCode());
        }
    }

    /** A platform one may switch to. */
    public static class Choice implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;

        Choice(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }
}
