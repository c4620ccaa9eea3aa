package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.organisation.Organisation;
import fr.fabrikaprojets.domain.model.organisation.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<Organisation> findByShortName(String platformCode, String shortName) {
        return entityManager.createQuery("SELECT o FROM Organisation o "
                + "WHERE o.platform.code = :code AND o.shortName = :shortName", Organisation.class)
                .setParameter("code", platformCode).setParameter("shortName", shortName)
                .getResultStream().findFirst();
    }

    @Override
    public List<Organisation> signatories(String platformCode, int first, int max) {
        return entityManager.createQuery("SELECT o FROM Organisation o "
                + "WHERE o.platform.code = :code AND o.signatorySince IS NOT NULL ORDER BY o.shortName",
                Organisation.class)
                .setParameter("code", platformCode).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public void store(Organisation organisation) {
        entityManager.persist(organisation);
    }

    @Override
    public Optional<Organisation> find(long id) {
        return entityManager.createQuery("SELECT o FROM Organisation o JOIN FETCH o.platform WHERE o.id = :id",
                Organisation.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Organisation> ofPlatform(String platformCode, int first, int max) {
        return entityManager.createQuery("SELECT o FROM Organisation o WHERE o.platform.code = :code "
                + "ORDER BY o.shortName", Organisation.class)
                .setParameter("code", platformCode).setFirstResult(first).setMaxResults(max).getResultList();
    }
}
