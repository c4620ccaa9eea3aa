/**
 * The use cases of Fabrik, one interface per area, named after what users do ({@code generateYear},
 * {@code cancelSession}…). Their implementations in {@code internal} are stateless EJBs: they are the transaction
 * boundary and the place where {@code @RolesAllowed} says who may do what (public reads are {@code @PermitAll}).
 */
package fr.fabrikaprojets.application;
