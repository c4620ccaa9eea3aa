package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.presentation.Agenda;
import fr.fabrikaprojets.domain.model.presentation.Presentation;
import fr.fabrikaprojets.domain.model.session.Session;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A session's agenda as pages show it: each presentation with its times, and the minutes still free. */
public final class AgendaView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Session session;
    private final List<Slot> slots;
    private final long minutesLeft;

    public AgendaView(Session session, List<Slot> slots, long minutesLeft) {
        this.session = session;
        this.slots = List.copyOf(slots);
        this.minutesLeft = minutesLeft;
    }

    /** The agenda with each presentation's times, in its order. */
    public static AgendaView of(Agenda agenda) {
        List<Slot> slots = new ArrayList<>();
        List<LocalTime> starts = agenda.startTimes();
        List<Presentation> ordered = agenda.presentations();
        for (int i = 0; i < ordered.size(); i++) {
            slots.add(new Slot(ordered.get(i), starts.get(i)));
        }
        return new AgendaView(agenda.session(), slots, agenda.minutesLeft());
    }

    public Session getSession() {
        return session;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public long getMinutesLeft() {
        return minutesLeft;
    }

    /** One presentation and when it starts and ends. */
    public static final class Slot implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Presentation presentation;
        private final LocalTime start;

        public Slot(Presentation presentation, LocalTime start) {
            this.presentation = presentation;
            this.start = start;
        }

        public Presentation getPresentation() {
            return presentation;
        }

        public LocalTime getStart() {
            return start;
        }

        public LocalTime getEnd() {
            return start.plusMinutes(presentation.getDurationMinutes());
        }
    }
}
