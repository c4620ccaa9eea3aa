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
        return BoundedQueries.create(entityManager,
                "SELECT DISTINCT m.recipient FROM PendingMessage m ORDER BY m.recipient",
                String.class, max).getResultList();
    }

    @Override
    public List<PendingMessage> of(String recipient, int max) {
        return BoundedQueries.create(entityManager, "SELECT m FROM PendingMessage m WHERE m.recipient = :recipient "
                + "ORDER BY m.queuedAt, m.id", PendingMessage.class, max)
                .setParameter("recipient", recipient).getResultList();
    }

    @Override
    public void remove(PendingMessage message) {
        entityManager.remove(message);
    }
}
