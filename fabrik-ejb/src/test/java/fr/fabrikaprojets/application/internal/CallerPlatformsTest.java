package fr.fabrikaprojets.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerPlatformsTest {

    private final CallerPlatforms callers = new CallerPlatforms();

    @Test
    void aCallersOrganisationIsReadOnceUntilMembershipsChange() {
        Deque<Optional<Long>> directory = new ArrayDeque<>(List.of(Optional.of(7L), Optional.of(8L)));
        assertEquals(Optional.of(7L), callers.organisationOf("sso:lea", directory::pop));
        assertEquals(Optional.of(7L), callers.organisationOf("sso:lea", directory::pop), "read once");
        assertEquals(Optional.empty(), callers.organisationOf("local:lea", Optional::empty),
                "a password account of the same name is another caller");
        callers.forget();
        assertEquals(Optional.of(8L), callers.organisationOf("sso:lea", directory::pop), "moved: read again");
    }

    @Test
    void forgettingMembershipsForgetsPlatformsToo() {
        assertEquals(Set.of("lens-lievin"), callers.of("local:agent", () -> Set.of("lens-lievin")));
        assertEquals(Set.of("lens-lievin"), callers.of("local:agent", () -> Set.of("arras")));
        callers.forget();
        assertEquals(Set.of("arras"), callers.of("local:agent", () -> Set.of("arras")));
    }
}
