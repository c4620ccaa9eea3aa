package fr.fabrikaprojets.domain.model.session;

import fr.fabrikaprojets.domain.model.commune.Commune;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;

/**
 * Where a session meets: a commune of the territory, a venue and its address; or nothing yet, which the flyer prints
 * as "Lieu à déterminer".
 */
@Embeddable
public class Place implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String TO_BE_DECIDED = "Lieu à déterminer";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_code")
    private Commune commune;

    @Column(length = 200)
    private String venue;

    @Column(length = 300)
    private String address;

    protected Place() {
    }

    private Place(Commune commune, String venue, String address) {
        this.commune = commune;
        this.venue = venue;
        this.address = address;
    }

    public static Place toBeDecided() {
        return new Place(null, null, null);
    }

    public static Place at(Commune commune, String venue, String address) {
        Objects.requireNonNull(commune, "commune");
        return new Place(commune, blankToNull(venue), blankToNull(address));
    }

    public boolean isDecided() {
        return commune != null;
    }

    public Commune getCommune() {
        return commune;
    }

    public String getVenue() {
        return venue;
    }

    public String getAddress() {
        return address;
    }

    /** One line for a calendar or a flyer: "Salle Coubertin, 3 rue X, Liévin", or "Lieu à déterminer". */
    public String describe() {
        if (!isDecided()) {
            return TO_BE_DECIDED;
        }
        StringBuilder line = new StringBuilder();
        if (venue != null) {
            line.append(venue).append(", ");
        }
        if (address != null) {
            line.append(address).append(", ");
        }
        return line.append(commune.getPostalCode()).append(' ').append(commune.getName()).toString();
    }

    boolean sameAs(Place other) {
        return Objects.equals(commune, other.commune) && Objects.equals(venue, other.venue)
                && Objects.equals(address, other.address);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
