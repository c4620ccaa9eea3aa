package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.document.Document;
import fr.fabrikaprojets.domain.model.document.DocumentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Document> find(long id) {
        return entityManager.createQuery("SELECT d FROM Document d JOIN FETCH d.project p JOIN FETCH p.platform "
                + "WHERE d.id = :id", Document.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public void store(Document document) {
        entityManager.persist(document);
    }

    @Override
    public void remove(Document document) {
        entityManager.remove(document);
    }

    @Override
    public List<Document> ofProject(long projectId, int max) {
        return BoundedQueries.create(entityManager, "SELECT d FROM Document d WHERE d.project.id = :project "
                + "ORDER BY d.uploadedAt DESC, d.id DESC", Document.class, max)
                .setParameter("project", projectId).getResultList();
    }
}
