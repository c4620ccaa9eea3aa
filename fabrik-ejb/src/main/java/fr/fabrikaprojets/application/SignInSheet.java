package fr.fabrikaprojets.application;

import fr.fabrikaprojets.domain.model.session.Registration;
import fr.fabrikaprojets.domain.model.session.Session;
import java.util.List;

/** Prints a session's sign-in sheet ("feuille d'émargement"); PDF built in ({@code infrastructure.pdf}). */
public interface SignInSheet {

    byte[] print(Session session, String placeDescription, List<Registration> registered);
}
