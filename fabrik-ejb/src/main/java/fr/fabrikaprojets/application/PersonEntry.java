package fr.fabrikaprojets.application;

import java.io.Serializable;

/** A person as typed in a form or an import line: name, contact, and role in the organisation. */
public record PersonEntry(String fullName, String email, String phone, String role) implements Serializable {
}
