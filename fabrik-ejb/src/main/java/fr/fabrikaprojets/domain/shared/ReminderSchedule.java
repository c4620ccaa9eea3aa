package fr.fabrikaprojets.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * When to remind someone who has not answered: after so many days since the last move, each day once (by default 9,
 * 21 and 45 days). Set with the setting {@code fabrik.reminders.days} ("9,21,45"; see {@link Settings}).
 */
public final class ReminderSchedule {

    public static final String PROPERTY = "fabrik.reminders.days";
    private static final List<Integer> DEFAULT_DAYS = List.of(9, 21, 45);

    private final List<Integer> days;

    public ReminderSchedule(List<Integer> days) {
        if (days.isEmpty() || days.stream().anyMatch(day -> day == null || day < 1)) {
            throw new IllegalArgumentException("Reminder days must be positive: " + days);
        }
        this.days = days.stream().sorted().toList();
    }

    /** The configured schedule, or the default one when it is absent or unreadable. */
    public static ReminderSchedule configured() {
        String value = Settings.text(PROPERTY, "");
        try {
            return new ReminderSchedule(Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf)
                    .toList());
        } catch (IllegalArgumentException unreadable) {
            return new ReminderSchedule(DEFAULT_DAYS);
        }
    }

    /** Whether the reminder after {@code alreadySent} others is due at {@code now}. */
    public boolean due(Instant lastMove, int alreadySent, Instant now) {
        return alreadySent < days.size() && !now.isBefore(lastMove.plus(Duration.ofDays(days.get(alreadySent))));
    }

    /** The earliest day of the schedule: nothing moved more recently than this can be due. */
    public Duration first() {
        return Duration.ofDays(days.get(0));
    }

    public List<Integer> days() {
        return days;
    }
}
