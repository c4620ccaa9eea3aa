/**
 * The partner network: institutions, associations, social centres, CCAS, foundations… that advise and receive
 * orientations. Founding partners are those named on the flyer and are signatories of the platform.
 */
package fr.fabrikaprojets.domain.model.organisation;
