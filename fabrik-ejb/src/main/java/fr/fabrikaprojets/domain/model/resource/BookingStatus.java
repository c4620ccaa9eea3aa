package fr.fabrikaprojets.domain.model.resource;

/** demandée → acceptée / refusée; demandée or acceptée → annulée. Labels under {@code booking.status.NAME}. */
public enum BookingStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    CANCELLED;

    public boolean isOpen() {
        return this == REQUESTED || this == ACCEPTED;
    }
}
