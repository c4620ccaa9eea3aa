package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.platform.Platform;
import fr.fabrikaprojets.domain.model.platform.PlatformRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaPlatformRepository implements PlatformRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Platform> findByCode(String code) {
        return entityManager.createQuery("SELECT p FROM Platform p WHERE p.code = :code", Platform.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public void store(Platform platform) {
        entityManager.persist(platform);
    }

    @Override
    public java.util.List<Platform> all() {
        return BoundedQueries.create(entityManager, "SELECT p FROM Platform p ORDER BY p.code", Platform.class, 100)
                .getResultList();
    }
}
