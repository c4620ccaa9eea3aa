package fr.fabrikaprojets.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks the permission matrix of {@code docs/permissions.md} on the running server: every public method of every
 * application service (the EJBs of {@code application.internal}) has a row, every row names a method, and each
 * method called as each role is refused exactly when the matrix says "no". Calls carry empty arguments: an allowed
 * call fails on them afterwards (validation, not found), inside its own rolled-back transaction, and changes
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PermissionMatrixIT {

    private static final String SERVICES = "fr.fabrikaprojets.application.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.fabrikEarTesting(ejb -> ejb
                .addClasses(PermissionMatrixIT.class, PermissionMatrix.class, AsCoordinator.class, AsStaff.class,
                        AsPartner.class, AsAdmin.class)
                .addAsResource(new File("../docs/permissions.md"), PermissionMatrix.RESOURCE));
    }

    @Inject
    BeanManager beans;

    @Inject
    AsCoordinator coordinator;

    @Inject
    AsStaff staff;

    @Inject
    AsPartner partner;

    @Inject
    AsAdmin admin;

    @Test
    void everyServiceMethodIsAllowedOrRefusedExactlyAsTheMatrixSays() {
        Map<String, Map<String, Boolean>> matrix = PermissionMatrix.read(
                getClass().getClassLoader().getResourceAsStream(PermissionMatrix.RESOURCE)).rows();
        List<String> mismatches = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        for (Class<?> service : services()) {
            Object proxy = beans.getReference(beans.resolve(beans.getBeans(service)), service,
                    beans.createCreationalContext(null));
            for (Method method : service.getMethods()) {
                String row = service.getSimpleName() + "." + method.getName();
                seen.add(row);
                Map<String, Boolean> expected = matrix.get(row);
                if (expected == null) {
                    mismatches.add(row + " : absent de docs/permissions.md");
                    continue;
                }
                for (Map.Entry<String, Boolean> role : expected.entrySet()) {
                    boolean allowed = allowed(role.getKey(), () -> invoke(proxy, method));
                    if (allowed != role.getValue()) {
                        mismatches.add(row + " en " + role.getKey() + " : " + (allowed ? "autorisé" : "refusé")
                                + " alors que la matrice dit " + (role.getValue() ? "yes" : "no"));
                    }
                }
            }
        }
        matrix.keySet().stream().filter(row -> row.matches("[A-Z]\\w+Service\\.\\w+") && !seen.contains(row))
                .forEach(row -> mismatches.add(row + " : aucune méthode de ce nom"));
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
        assertTrue(seen.size() >= 20, "the services were found: " + seen);
    }

    /** The interfaces of the stateless beans that implement the use cases. */
    private List<Class<?>> services() {
        List<Class<?>> services = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.getName().startsWith(SERVICES + "internal.") && type.isAnnotationPresent(Stateless.class)) {
                Arrays.stream(type.getInterfaces()).filter(iface -> iface.getName().startsWith(SERVICES))
                        .forEach(services::add);
            }
        }
        assertEquals(services.size(), services.stream().distinct().count());
        return services;
    }

    private boolean allowed(String role, Supplier<Object> call) {
        Function<Supplier<Object>, Object> as = switch (role) {
            case "anonymous" -> Supplier::get;
            case "partner" -> partner::call;
            case "staff" -> staff::call;
            case "coordinator" -> coordinator::call;
            case "admin" -> admin::call;
            default -> throw new IllegalArgumentException(role);
        };
        try {
            as.apply(call);
            return true;
        } catch (EJBAccessException refused) {
            return false;
        } catch (RuntimeException failedAfterTheSecurityCheck) {
            return !(failedAfterTheSecurityCheck.getCause() instanceof EJBAccessException);
        }
    }

    private static Object invoke(Object proxy, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(PermissionMatrixIT::empty).toArray();
        try {
            Object result = method.invoke(proxy, arguments);
            if (result instanceof Future<?> background) {
                // An asynchronous method may be refused in its own thread: the refusal comes with the result.
                try {
                    return background.get();
                } catch (ExecutionException failed) {
                    if (failed.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(failed.getCause());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
            return result;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        throw new IllegalArgumentException("Type d'argument non prévu : " + type);
    }
}
