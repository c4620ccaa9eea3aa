package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.commune.Commune;
import fr.fabrikaprojets.domain.model.commune.CommuneRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCommuneRepository implements CommuneRepository {

    /** A territory is an intercommunality: a few dozen communes; the bound only guards against a bad import. */
    private static final int MAX_COMMUNES = 500;

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Commune> find(String inseeCode) {
        return Optional.ofNullable(entityManager.find(Commune.class, inseeCode));
    }

    @Override
    public List<Commune> ofPlatform(String platformCode) {
        return BoundedQueries.create(entityManager,
                "SELECT c FROM Commune c WHERE c.platform.code = :code ORDER BY c.name", Commune.class, MAX_COMMUNES)
                .setParameter("code", platformCode).getResultList();
    }

    @Override
    public void store(Commune commune) {
        entityManager.persist(commune);
    }
}
