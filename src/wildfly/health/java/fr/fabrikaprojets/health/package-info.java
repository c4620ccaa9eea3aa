/**
 * MicroProfile Health checks for the server's probes ({@code /health/ready} on the management interface): Fabrik is
 * ready when its database answers and its mail server accepts a connection. fabrik-ear compiles them into
 * {@code lib/fabrik-health.jar}: WildFly's health extension only sees the beans of the EAR's own libraries, not those
 * of its EJB or web module (WFLY-12835).
 */
package fr.fabrikaprojets.health;
