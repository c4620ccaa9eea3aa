package fr.fabrikaprojets.api.v1;

import fr.fabrikaprojets.domain.model.session.Place;
import fr.fabrikaprojets.domain.model.session.Session;
import java.net.URI;

/** A session as the API shows it. Times are given both as wall-clock times and with their Paris offset. */
public record SessionRepresentation(
        long id,
        String uid,
        String date,
        String startTime,
        String endTime,
        String startsAt,
        String endsAt,
        String timeZone,
        String status,
        String statusLabel,
        String mode,
        String modeLabel,
        String videoLink,
        PlaceRepresentation place,
        String cancellationReason,
        int sequence,
        long version,
        Links links) {

    public record PlaceRepresentation(boolean decided, String label, String communeCode, String commune,
            String postalCode, String venue, String address) {

        static PlaceRepresentation of(Place place) {
            if (!place.isDecided()) {
                return new PlaceRepresentation(false, Place.TO_BE_DECIDED, null, null, null, null, null);
            }
            return new PlaceRepresentation(true, place.describe(), place.getCommune().getInseeCode(),
                    place.getCommune().getName(), place.getCommune().getPostalCode(), place.getVenue(),
                    place.getAddress());
        }
    }

    public record Links(String self, String page, String calendar) {
    }

    static SessionRepresentation of(Session session, URI base) {
        String api = base.resolve("api/v1/sessions/" + session.getId()).toString();
        String page = base.resolve("reunions/reunion.xhtml?id=" + session.getId()).toString();
        String calendar = base.resolve("api/v1/sessions.ics").toString();
        return new SessionRepresentation(session.getId(), session.getUid(), session.getDate().toString(),
                session.getStartTime().toString(), session.getEndTime().toString(),
                session.startsAt().toOffsetDateTime().toString(), session.endsAt().toOffsetDateTime().toString(),
                session.getPlatform().getTimeZone().getId(), session.getStatus().name(), session.getStatus().label(),
                session.getMode().name(), session.getMode().label(), session.getVideoLink(),
                PlaceRepresentation.of(session.getPlace()), session.getCancellationReason(), session.getSequence(),
                session.getVersion(), new Links(api, page, calendar));
    }
}
