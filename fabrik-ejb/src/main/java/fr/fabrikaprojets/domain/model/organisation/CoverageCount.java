package fr.fabrikaprojets.domain.model.organisation;

import fr.fabrikaprojets.domain.model.project.Field;

/** How many organisations are competent in a theme in a commune; by INSEE code. */
public record CoverageCount(String inseeCode, Field theme, long organisations) {
}
