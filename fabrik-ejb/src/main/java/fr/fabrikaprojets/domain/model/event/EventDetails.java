package fr.fabrikaprojets.domain.model.event;

import fr.fabrikaprojets.domain.model.commune.Commune;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the coordinator says of an event: kind, title, description, when, where (a commune and venue, or online only,
 * or both), speakers, capacity, who may come. Checked by {@link PublicEvent}.
 *
 * @param commune null for an event online only
 * @param onlineLink the link of an event online or also online
 * @param speakers the people or organisations of the network who speak, as the programme names them
 */
public record EventDetails(EventKind kind, String title, String description, LocalDate date, LocalTime start,
        LocalTime end, Commune commune, String venue, String address, String onlineLink, String speakers,
        int capacity, Audience audience) implements Serializable {
}
