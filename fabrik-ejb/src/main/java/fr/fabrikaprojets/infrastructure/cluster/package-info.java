/** The cluster, as WildFly's clustering API (JGroups, the HA profile) shows it to applications. */
package fr.fabrikaprojets.infrastructure.cluster;
