/**
 * Integration tests on a real WildFly started by Arquillian, deploying the EAR the build produced
 * ({@link fr.fabrikaprojets.it.Deployments}). In-container tests add themselves to the EAR's EJB module; HTTP tests
 * run as clients against {@code fabrik.base.url}.
 */
package fr.fabrikaprojets.it;
