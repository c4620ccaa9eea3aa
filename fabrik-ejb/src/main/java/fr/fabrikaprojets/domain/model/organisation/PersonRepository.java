package fr.fabrikaprojets.domain.model.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The people of the network and their memberships of organisations. */
public interface PersonRepository {

    void store(Person person);

    void store(Membership membership);

    void remove(Membership membership);

    Optional<Person> find(long id);

    Optional<Membership> findMembership(long id);

    Optional<Membership> findMembership(long personId, long organisationId);

    /** One page of an organisation's members, by name, with the person. */
    List<Membership> membersOf(long organisationId, int first, int max);

    /** A person's organisations (at most {@code max}). */
    List<Membership> membershipsOf(long personId, int max);

    /** The memberships of these people, at most {@code max}; for imports. */
    List<Membership> membershipsOf(Collection<Long> personIds, int max);

    /** People of a platform by lower-case e-mail; for imports. */
    Map<String, Person> byEmails(String platformCode, Collection<String> emails);

    /** One page of all the memberships of a platform, by organisation then name; for exports. */
    List<Membership> memberships(String platformCode, int first, int max);

    /** The directory's people reached at this e-mail address (any platform), for a right-of-access request. */
    List<Person> withEmail(String email, int max);
}
