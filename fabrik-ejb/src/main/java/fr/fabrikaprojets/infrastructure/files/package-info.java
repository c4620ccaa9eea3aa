/** Files on the server's disk, outside the web root: the built-in store of documents. */
package fr.fabrikaprojets.infrastructure.files;
