package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.organisation.Membership;
import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.domain.model.session.Session;
import java.io.Serializable;
import java.util.List;

/** A person of the network as their page shows them (a class: pages read getters). */
public final class PersonRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Person person;
    private final List<Membership> memberships;
    private final List<Session> attended;

    public PersonRecord(Person person, List<Membership> memberships, List<Session> attended) {
        this.person = person;
        this.memberships = List.copyOf(memberships);
        this.attended = List.copyOf(attended);
    }

    public Person getPerson() {
        return person;
    }

    public List<Membership> getMemberships() {
        return memberships;
    }

    public List<Session> getAttended() {
        return attended;
    }
}
