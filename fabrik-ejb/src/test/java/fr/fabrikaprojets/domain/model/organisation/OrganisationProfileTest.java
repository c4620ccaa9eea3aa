package fr.fabrikaprojets.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.fabrikaprojets.domain.model.Fixtures;
import fr.fabrikaprojets.domain.model.project.Field;
import fr.fabrikaprojets.domain.model.project.Need;
import fr.fabrikaprojets.domain.shared.BusinessException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrganisationProfileTest {

    @Test
    void aSirenWithAWrongKeyIsRefusedAndSpacesAreDropped() {
        BusinessException refused = assertThrows(BusinessException.class, () -> profile("226200013", null));
        assertTrue(refused.getMessage().contains("clé de contrôle"), refused.getMessage());
        assertEquals("226200012", profile("226 200 012", null).siren());
    }

    @Test
    void contactsAreChecked() {
        assertThrows(BusinessException.class, () -> profile(null, "pas-un-courriel"));
        assertEquals("contact@cs.fr", profile(null, "contact@cs.fr").email());
    }

    @Test
    void theWholeTerritoryMeansEveryCommuneOfIt() {
        OrganisationProfile everywhere = new OrganisationProfile("CAF", "Caisse", OrganisationKind.INSTITUTION, null,
                null, null, null, true, Set.of(), Set.of(Field.SOCIAL), Set.of(), null);
        assertEquals(Set.of("62498", "62510"), everywhere.coveringAll(Set.of("62498", "62510")).communes());
        OrganisationProfile somewhere = profile(null, null);
        assertEquals(somewhere, somewhere.coveringAll(Set.of("62498", "62510")));
    }

    @Test
    void aRecordIsStaleWhenNeverOrLongAgoConfirmed() {
        Organisation organisation = Fixtures.organisation(Fixtures.platform(), "Centre");
        assertTrue(organisation.isStale(Fixtures.NOW, Duration.ofDays(365)), "never confirmed");
        organisation.describe(profile(null, null), Fixtures.NOW.minus(Duration.ofDays(100)));
        assertFalse(organisation.isStale(Fixtures.NOW, Duration.ofDays(365)));
        assertTrue(organisation.isStale(Fixtures.NOW, Duration.ofDays(30)));
        assertTrue(organisation.covers("62498"));
        assertFalse(organisation.covers("62510"));
    }

    @Test
    void needsAreAnsweredByOffers() {
        assertEquals(Set.of(Offer.ADVICE, Offer.TRAINING), Offer.answering(Need.SKILLS));
        assertEquals(Set.of(Offer.PREMISES), Offer.answering(Need.PREMISES));
    }

    private static OrganisationProfile profile(String siren, String email) {
        return new OrganisationProfile("Centre", "Centre social", OrganisationKind.SOCIAL_CENTRE, siren, null, email,
                null, false, Set.of("62498"), Set.of(Field.SOCIAL), Set.of(Offer.PREMISES), null);
    }
}
