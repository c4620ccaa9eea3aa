package fr.fabrikaprojets.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("api")
public class FabrikApi extends Application {
}
