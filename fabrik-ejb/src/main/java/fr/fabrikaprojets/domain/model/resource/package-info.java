/**
 * The pooling of means: rooms, equipment, skills and volunteer time, funding programmes that partners share, and the
 * bookings projects ask for. Two accepted bookings of the same resource never overlap (funding excepted, which is an
 * application, not a slot).
 */
package fr.fabrikaprojets.domain.model.resource;
