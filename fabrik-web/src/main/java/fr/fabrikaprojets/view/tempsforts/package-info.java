/** The temps forts' public pages ({@code temps-forts/}): the programme and an event's page with its registration. */
package fr.fabrikaprojets.view.tempsforts;
