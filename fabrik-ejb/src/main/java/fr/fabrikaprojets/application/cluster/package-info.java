/**
 * What the nodes of a cluster tell each other: each keeps things outside the shared database (its search index, the
 * platforms of its callers), which a change made on another node must reach.
 */
package fr.fabrikaprojets.application.cluster;
