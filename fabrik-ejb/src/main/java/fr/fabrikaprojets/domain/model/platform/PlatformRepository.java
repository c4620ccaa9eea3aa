package fr.fabrikaprojets.domain.model.platform;

import java.util.List;
import java.util.Optional;

public interface PlatformRepository {

    Optional<Platform> findByCode(String code);

    void store(Platform platform);

    /** Every platform of the deployment, by code (a handful: one per territory). */
    List<Platform> all();
}
