package fr.fabrikaprojets.application.internal;

import jakarta.ejb.Timer;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Logger;

/**
 * One log line per run of a scheduled job, naming the server that ran it: on a cluster, where the jobs' persistent
 * timers are shared by the nodes and each run happens on one of them, this is how an administrator (and the cluster
 * test) sees that a job ran once and where.
 */
public class ScheduledJobLog {

    private static final Logger LOG = Logger.getLogger(ScheduledJobLog.class.getName());

    @AroundTimeout
    Object logged(InvocationContext invocation) throws Exception {
        Timer timer = (Timer) invocation.getTimer();
        String node = System.getProperty("jboss.node.name", "?");
        try {
            Object result = invocation.proceed();
            LOG.info(() -> "Tâche planifiée « " + timer.getInfo() + " » exécutée sur " + node + ".");
            return result;
        } catch (Exception e) {
            LOG.warning(() -> "Tâche planifiée « " + timer.getInfo() + " » en échec sur " + node + " : " + e);
            throw e;
        }
    }
}
