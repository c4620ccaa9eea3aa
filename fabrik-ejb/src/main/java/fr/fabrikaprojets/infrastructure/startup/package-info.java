/**
 * What runs once at deployment, after the schema migration: the reference data of the territory, then (only when
 * {@code fabrik.demo=true}) demo accounts and calendars. Both go through the application services, idempotently.
 */
package fr.fabrikaprojets.infrastructure.startup;
