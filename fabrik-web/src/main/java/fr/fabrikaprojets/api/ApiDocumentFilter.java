package fr.fabrikaprojets.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the OpenAPI document generated from the resources with what every operation shares, so that no
 * resource repeats it: the {@code Problem} schema of RFC 9457 and the errors each operation may answer with it
 * (by method, and 401/403 where a caller must be known), and the two ways a caller is known: an OpenID Connect
 * bearer token from the shared SSO (the portal's machine clients), or the session cookie of a signed-in user (the
 * portal's widgets in the user's browser). Operations readable by anyone declare no security requirement.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String BEARER = "oidc";
    private static final String SESSION = "session";

    private static final Map<String, String> ALWAYS = Map.of(
            "400", "Paramètre ou corps invalide ; le détail dit lequel et pourquoi",
            "500", "Erreur inattendue du serveur ; le détail ne révèle rien de l'intérieur");
    private static final Map<String, String> ONE_RECORD = Map.of(
            "404", "N'existe pas, ou n'est pas visible par l'appelant");
    private static final Map<String, String> SECURED = Map.of(
            "401", "Appelant inconnu : jeton ou session requis",
            "403", "Le rôle de l'appelant ne permet pas cette opération");
    private static final Map<String, String> CHANGE = Map.of(
            "409", "Conflit avec l'état de la ressource (transition interdite, modification concurrente)");
    private static final Map<String, String> UPDATE = Map.of(
            "412", "L'ETag de If-Match n'est plus celui de la ressource : rien n'a été modifié",
            "428", "If-Match manquant : une modification doit nommer la version lue");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        components.addSchema(PROBLEM, problem());
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("Jeton d'accès OpenID Connect du SSO partagé des partenaires (rôles de realm_access)"));
        components.addSecurityScheme(SESSION, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                .description("Session d'un utilisateur connecté à Fabrik (les widgets du portail)"));
        api.setComponents(components);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach(
                (method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        add(operation, ALWAYS);
        if (path.contains("{")) {
            add(operation, ONE_RECORD);
        }
        List<SecurityRequirement> security = operation.getSecurity();
        if (security != null && !security.isEmpty()) {
            add(operation, SECURED);
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            add(operation, CHANGE);
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            add(operation, UPDATE);
        }
    }

    private static void add(Operation operation, Map<String, String> responses) {
        responses.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse()
                        .description(description).content(problemContent()));
            }
        });
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    private static Schema problem() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Un problème au sens de la RFC 9457")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")
                        .description("URI stable qui nomme le genre de problème"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("La phrase en français destinée à la personne qui a fait la requête"))
                .required(List.of("type", "title", "status", "detail"));
    }
}
