/**
 * MicroProfile Health checks for the server's probes ({@code /health/ready} on the management interface): Fabrik is
 * ready when its database answers and its mail server accepts a connection. They sit in the web module because
 * WildFly looks for the checks of an EAR in its web modules.
 */
package fr.fabrikaprojets.web.health;
