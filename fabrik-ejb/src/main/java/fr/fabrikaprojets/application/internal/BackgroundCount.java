package fr.fabrikaprojets.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;

/**
 * Runs a count on a thread and in a transaction of its own: the dashboard's figures, once they have only grown old,
 * are counted again while every reader, the one who found them old included, reads the last ones ({@link
 * ActivityCache}).
 */
@Stateless
// Internal machinery, called by services, never by users: open to any caller.
@PermitAll
public class BackgroundCount {

    @Asynchronous
    public void run(Runnable count) {
        count.run();
    }
}
