/** The EJB implementations of the use cases; the web layer only sees their interfaces. */
package fr.fabrikaprojets.application.internal;
