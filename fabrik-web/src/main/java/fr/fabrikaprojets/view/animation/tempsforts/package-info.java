/** The coordinator's page of the temps forts ({@code animation/temps-forts.xhtml}): cycles and their events. */
package fr.fabrikaprojets.view.animation.tempsforts;
