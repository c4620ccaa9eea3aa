/**
 * What every aggregate shares: the business exception shown to users as it is, the role names, and the JPA converter
 * that stores instants. Nothing here knows a particular aggregate.
 */
package fr.fabrikaprojets.domain.shared;
