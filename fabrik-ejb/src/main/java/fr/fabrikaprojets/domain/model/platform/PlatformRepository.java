package fr.fabrikaprojets.domain.model.platform;

import java.util.Optional;

public interface PlatformRepository {

    Optional<Platform> findByCode(String code);

    void store(Platform platform);
}
