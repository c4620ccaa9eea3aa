package fr.fabrikaprojets.infrastructure.persistence.jpa;

import fr.fabrikaprojets.domain.model.identity.UserAccount;
import fr.fabrikaprojets.domain.model.identity.UserAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "fabrik")
    private EntityManager entityManager;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return entityManager.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username",
                UserAccount.class).setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public void store(UserAccount account) {
        entityManager.persist(account);
    }

    @Override
    public List<UserAccount> membersOf(long organisationId, int max) {
        return BoundedQueries.create(entityManager,
                "SELECT a FROM UserAccount a WHERE a.organisation.id = :organisation "
                + "AND a.enabled = TRUE ORDER BY a.displayName", UserAccount.class, max)
                .setParameter("organisation", organisationId).getResultList();
    }

    @Override
    public List<UserAccount> partnerMembers(long platformId, int max) {
        return BoundedQueries.create(entityManager, "SELECT a FROM UserAccount a JOIN FETCH a.organisation o "
                + "WHERE o.platform.id = :platform AND a.enabled = TRUE ORDER BY o.shortName, a.displayName",
                UserAccount.class, max).setParameter("platform", platformId).getResultList();
    }

    @Override
    public Optional<Set<String>> platformsOf(String username, boolean sso) {
        List<Object[]> rows = BoundedQueries.create(entityManager, "SELECT a.id, code, p.code FROM UserAccount a "
                + "LEFT JOIN a.platformCodes code LEFT JOIN a.organisation o LEFT JOIN o.platform p "
                + "WHERE a.username = :username AND a.origin = :origin", Object[].class, 200)
                .setParameter("username", username)
                .setParameter("origin", sso ? UserAccount.Origin.SSO : UserAccount.Origin.LOCAL).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> codes = new TreeSet<>();
        for (Object[] row : rows) {
            for (int column = 1; column < row.length; column++) {
                if (row[column] != null) {
                    codes.add((String) row[column]);
                }
            }
        }
        return Optional.of(codes);
    }

    @Override
    public List<UserAccount> membersOfPlatform(String platformCode, int max) {
        return FetchPlans.batched(entityManager.createQuery("SELECT a FROM UserAccount a JOIN a.platformCodes code "
                + "WHERE code = :code ORDER BY a.username", UserAccount.class), "a.roles")
                .setParameter("code", platformCode).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<String> languageOf(String email) {
        return BoundedQueries.create(entityManager,
                "SELECT a.language FROM UserAccount a WHERE LOWER(a.email) = :email "
                + "AND a.enabled = TRUE AND a.language IS NOT NULL", String.class, 1)
                .setParameter("email", email.toLowerCase()).getResultStream().findFirst();
    }

    @Override
    public boolean wantsWeeklyDigest(String email) {
        return !entityManager.createQuery("SELECT a.id FROM UserAccount a WHERE LOWER(a.email) = :email "
                + "AND a.weeklyDigest = TRUE AND a.enabled = TRUE").setParameter("email", email.toLowerCase())
                .setMaxResults(1).getResultList().isEmpty();
    }
}
