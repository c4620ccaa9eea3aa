package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.organisation.Membership;
import fr.fabrikaprojets.domain.model.organisation.Person;
import fr.fabrikaprojets.domain.model.organisation.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public void store(Person person) {
        entityManager.persist(person);
    }

    @Override
    public void store(Membership membership) {
        entityManager.persist(membership);
    }

    @Override
    public void remove(Membership membership) {
        entityManager.remove(membership);
    }

    @Override
    public Optional<Person> find(long id) {
        return entityManager.createQuery("SELECT p FROM Person p JOIN FETCH p.platform WHERE p.id = :id", Person.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Membership> findMembership(long id) {
        return entityManager.createQuery("SELECT m FROM Membership m JOIN FETCH m.person JOIN FETCH m.organisation "
                + "WHERE m.id = :id", Membership.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<Membership> findMembership(long personId, long organisationId) {
        return entityManager.createQuery("SELECT m FROM Membership m WHERE m.person.id = :person "
                + "AND m.organisation.id = :organisation", Membership.class).setParameter("person", personId)
                .setParameter("organisation", organisationId).getResultStream().findFirst();
    }

    @Override
    public List<Membership> membersOf(long organisationId, int first, int max) {
        return BoundedQueries.create(entityManager, "SELECT m FROM Membership m JOIN FETCH m.person p "
                + "WHERE m.organisation.id = :organisation ORDER BY p.fullName, m.id", Membership.class, first, max)
                .setParameter("organisation", organisationId)
                .getResultList();
    }

    @Override
    public List<Membership> membershipsOf(long personId, int max) {
        return BoundedQueries.create(entityManager, "SELECT m FROM Membership m JOIN FETCH m.organisation o "
                + "WHERE m.person.id = :person ORDER BY o.shortName", Membership.class, max)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public List<Membership> membershipsOf(Collection<Long> personIds, int max) {
        List<Membership> found = new ArrayList<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int start = 0; start < ids.size() && found.size() < max; start += CHUNK) {
            found.addAll(entityManager.createQuery("SELECT m FROM Membership m WHERE m.person.id IN :ids",
                    Membership.class).setParameter("ids", ids.subList(start, Math.min(ids.size(), start + CHUNK)))
                    .setMaxResults(max - found.size()).getResultList());
        }
        return found;
    }

    @Override
    public Map<String, Person> byEmails(String platformCode, Collection<String> emails) {
        Map<String, Person> found = new HashMap<>();
        List<String> list = new ArrayList<>(emails);
        for (int start = 0; start < list.size(); start += CHUNK) {
            entityManager.createQuery("SELECT p FROM Person p WHERE p.platform.code = :code AND p.email IN :emails",
                    Person.class).setParameter("code", platformCode)
                    .setParameter("emails", list.subList(start, Math.min(list.size(), start + CHUNK)))
                    .getResultList().forEach(person -> found.put(person.getEmail(), person));
        }
        return found;
    }

    @Override
    public List<Membership> memberships(String platformCode, int first, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT m FROM Membership m JOIN FETCH m.person p JOIN FETCH m.organisation o "
                + "WHERE o.platform.code = :code ORDER BY o.shortName, p.fullName, m.id", Membership.class, first, max)
                .setParameter("code", platformCode).getResultList();
    }

    @Override
    public List<Person> withEmail(String email, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT p FROM Person p WHERE LOWER(p.email) = :email ORDER BY p.id",
                Person.class, max).setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
    }
}
