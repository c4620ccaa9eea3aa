/** The search index: Lucene, on the server's disk, with a French analysis. */
package fr.fabrikaprojets.infrastructure.search;
