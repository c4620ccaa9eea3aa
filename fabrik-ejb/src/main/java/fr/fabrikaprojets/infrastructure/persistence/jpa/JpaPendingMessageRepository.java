package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.digest.PendingMessage;
import fr.fabrikaprojets.domain.model.digest.PendingMessageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaPendingMessageRepository implements PendingMessageRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public void store(PendingMessage message) {
        entityManager.persist(message);
    }

    @Override
    public List<String> recipients(int max) {
        return entityManager.createQuery("SELECT DISTINCT m.recipient FROM PendingMessage m ORDER BY m.recipient",
                String.class).setMaxResults(max).getResultList();
    }

    @Override
    public List<PendingMessage> of(String recipient, int max) {
        return entityManager.createQuery("SELECT m FROM PendingMessage m WHERE m.recipient = :recipient "
                + "ORDER BY m.queuedAt, m.id", PendingMessage.class)
                .setParameter("recipient", recipient).setMaxResults(max).getResultList();
    }

    @Override
    public void remove(PendingMessage message) {
        entityManager.remove(message);
    }
}
