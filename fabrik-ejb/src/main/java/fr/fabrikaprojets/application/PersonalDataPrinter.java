package fr.fabrikaprojets.application;

/** Prints a right-of-access report as a readable PDF ({@code infrastructure.pdf}). */
public interface PersonalDataPrinter {

    byte[] print(PersonalDataReport report);
}
