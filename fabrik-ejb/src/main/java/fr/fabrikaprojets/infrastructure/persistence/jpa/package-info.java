/**
 * The repositories of the domain, implemented with JPA on the {@code fabrik} persistence unit (EclipseLink). Every
 * query is bounded, and list queries fetch what the page shows in the same statement.
 */
package fr.fabrikaprojets.infrastructure.persistence.jpa;
