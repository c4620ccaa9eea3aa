package fr.fabrikaprojets.domain.model.platform;

import fr.fabrikaprojets.domain.shared.Settings;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.ZoneId;

/**
 * One Fabrik à projets: a territory, a name, the rule of its monthly sessions and the time zone they are held in.
 * Its {@code code} is stable and appears in URLs and in iCalendar UIDs.
 */
@Entity
@Table(name = "platforms")
public class Platform implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The first platform, the one of the flyer. */
    public static final String LENS_LIEVIN = "lens-lievin";

    /**
     * The deployment's default platform ({@code fabrik.platform.default}, Lens-Liévin unless set): the one the public
     * sees first, and the one of people known only to the institution's directory.
     */
    public static String defaultCode() {
        return Settings.text("fabrik.platform.default", LENS_LIEVIN);
    }

    @Id
    @SequenceGenerator(name = "platforms_seq", sequenceName = "platforms_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platforms_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Embedded
    private CalendarRule calendarRule;

    protected Platform() {
    }

    public Platform(String code, String name, ZoneId timeZone, CalendarRule calendarRule) {
        this.code = code;
        this.name = name;
        this.timeZone = timeZone.getId();
        this.calendarRule = calendarRule;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public CalendarRule getCalendarRule() {
        return calendarRule;
    }
}
