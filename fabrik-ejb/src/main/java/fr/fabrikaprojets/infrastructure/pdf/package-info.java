/** Printable documents, written as PDF with Apache PDFBox. */
package fr.fabrikaprojets.infrastructure.pdf;
