package fr.fabrikaprojets.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/** The registrations (to sessions, to events) made with an e-mail address or a phone number: the holders' rights. */
final class ContactQueries {

    private ContactQueries() {
    }

    /**
     * @param from the JPQL from its {@code SELECT} to its {@code WHERE}, the registration aliased {@code r}
     * @param order the ordering, oldest first
     */
    static <T> List<T> ofContact(EntityManager entityManager, String from, String order, Class<T> type, String email,
            String phone, int max) {
        if (email == null && phone == null) {
            return List.of();
        }
        String where = email != null && phone != null ? "LOWER(r.email) = :email OR r.phone = :phone"
                : email != null ? "LOWER(r.email) = :email" : "r.phone = :phone";
        TypedQuery<T> query = entityManager.createQuery(from + " WHERE " + where + " ORDER BY " + order, type);
        if (email != null) {
            query.setParameter("email", email.toLowerCase(Locale.ROOT));
        }
        if (phone != null) {
            query.setParameter("phone", phone);
        }
        return query.setMaxResults(max).getResultList();
    }
}
