package org.cooperaflow.app.api.docs;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.access.Role;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The API's OpenAPI document ({@code /v3/api-docs}): what it is, how a client signs in (HTTP Basic; bearer tokens
 * when an identity provider is configured), who may call each operation ({@link CalledBy}) and the problem responses
 * it may give. Decimals travel as strings (see JacksonConfiguration): the document says so, with their pattern.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    /** The roles that may call an operation, by their ids; {@code anonymous} first when anyone may. */
    public static final String ROLES_EXTENSION = "x-roles";
    /** A further limit within those roles, in words (such as the case's own state). */
    public static final String LIMIT_EXTENSION = "x-limit";

    static {
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class, new StringSchema()
                .format("decimal").pattern("^-?[0-9]+(\\.[0-9]+)?$").example("150000.00")
                .description("An exact decimal number, as a string"));
    }

    @Bean
    OpenAPI cooperaFlowApi(ObjectProvider<JwtDecoder> jwtDecoder) {
        boolean bearer = jwtDecoder.getIfAvailable() != null;
        Components components = new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A CooperaFlow user's name and password"))
                .addSchemas(PROBLEM, problemSchema());
        OpenAPI api = new OpenAPI()
                .info(new Info().title("CooperaFlow API").version("1")
                        .description("Cooperation requests, project proposals, fund contributions and their tasks,"
                                + " for the agency's member-state officers, secretariat, Board, fund managers,"
                                + " managers and auditors. Errors are RFC 9457 problem details. Money is a decimal"
                                + " string with a currency; dates and times are ISO 8601. A POST or PUT may carry an"
                                + " Idempotency-Key header."))
                .servers(List.of(new Server().url("/").description("This CooperaFlow")))
                .tags(List.of(
                        tag("Proposals", "Project proposals from draft to closure"),
                        tag("Cooperation requests", "Member states' cooperation needs"),
                        tag("Cooperation offers", "What member states, institutions and observers offer, and its"
                                + " matching with needs"),
                        tag("Catalog", "What member states need and offer, public"),
                        tag("Tasks", "The processes' user tasks: screening, eligibility, Board votes, reports"),
                        tag("Fund", "Thematic accounts, pledges, receipts and allocations of the Development"
                                + " Cooperation Fund"),
                        tag("Dashboards and reports", "Where proposals stand, funding, alignment with the action plan"),
                        tag("Audit", "Decision histories and the integrity of the event store"),
                        tag("Open reporting", "The agency's activities and the fund in IATI 2.03, public"),
                        tag("Operations", "Read models: dead letters and rebuilds")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
        if (bearer) {
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("A token of the agency's identity provider"));
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        return api;
    }

    /**
     * Names a nested record by its enclosing type too ({@code OffersCatalogQuery.Page} is {@code OffersCatalogQueryPage}):
     * by their simple names alone, the pages of proposals, needs, offers and accounts would share one schema, and
     * the first one read would describe them all.
     */
    @Bean
    ModelConverter nestedRecordNames() {
        return (type, context, chain) -> {
            Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
            if (type.getName() == null && raw.isRecord() && raw.getEnclosingClass() != null
                    && raw.getName().startsWith("org.cooperaflow.")) {
                type.name(raw.getEnclosingClass().getSimpleName() + raw.getSimpleName());
            }
            return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        };
    }

    /** Who may call, the problem responses, and no credentials where anyone may call. */
    @Bean
    OperationCustomizer callersAndProblems() {
        return (operation, handlerMethod) -> {
            CalledBy calledBy = handlerMethod.getMethodAnnotation(CalledBy.class);
            if (calledBy == null) {
                throw new IllegalStateException(handlerMethod + " says nothing of who may call it (@CalledBy)");
            }
            Set<Role> roles = roles(calledBy);
            boolean restricted = roles.size() < Role.values().length || !calledBy.limit().isEmpty();
            // an operation served by two methods (one per media type) is customized once for each
            String who = "Who may call: " + callers(calledBy, roles) + ".";
            if (operation.getDescription() == null || !operation.getDescription().contains(who)) {
                operation.description(join(operation.getDescription(), who));
            }
            List<String> roleIds = roles.stream().map(Role::id).collect(Collectors.toList());
            if (calledBy.anyone()) {
                roleIds.add(0, "anonymous");
                // no credentials needed: an empty requirement makes them optional
                operation.security(List.of(new SecurityRequirement()));
            }
            operation.addExtension(ROLES_EXTENSION, roleIds);
            if (!calledBy.limit().isEmpty()) {
                operation.addExtension(LIMIT_EXTENSION, calledBy.limit());
            }
            addProblems(operation, handlerMethod, calledBy.anyone(), restricted);
            return operation;
        };
    }

    /** The roles a {@link CalledBy} names: all of them when it names none. */
    static Set<Role> roles(CalledBy calledBy) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(Arrays.asList(calledBy.roles()));
        Arrays.stream(calledBy.capabilities()).forEach(c -> roles.addAll(c.holders()));
        return roles.isEmpty() ? EnumSet.allOf(Role.class) : roles;
    }

    private static String callers(CalledBy calledBy, Set<Role> roles) {
        String who = calledBy.anyone() ? "anyone, signed in or not"
                : roles.size() == Role.values().length ? "every signed-in user"
                : roles.stream().map(Role::id).collect(Collectors.joining(", "));
        return calledBy.limit().isEmpty() ? who : who + " (" + calledBy.limit() + ")";
    }

    private static void addProblems(Operation operation, HandlerMethod handlerMethod, boolean anyone,
                                    boolean restricted) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // a path's own segments are never malformed; a body, a query parameter or a header may be
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn())));
        boolean changes = handlerMethod.hasMethodAnnotation(PostMapping.class)
                || handlerMethod.hasMethodAnnotation(PutMapping.class)
                || handlerMethod.hasMethodAnnotation(DeleteMapping.class);
        boolean onOneThing = handlerMethod.getMethodParameters().length > 0 && Arrays.stream(
                handlerMethod.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class));
        if (takesInput) {
            problem(responses, "400", "The request is malformed or a field or parameter is invalid;"
                    + " `errors` names each field");
        }
        if (!anyone) {
            problem(responses, "401", "No credentials, or credentials that were refused");
        }
        if (restricted) {
            problem(responses, "403", "The signed-in user's roles do not allow this request");
        }
        if (onOneThing) {
            problem(responses, "404", "No such case or item, or none the signed-in user may see");
        }
        if (changes) {
            problem(responses, "409", "The case changed meanwhile, or its stage does not allow this step; or the"
                    + " Idempotency-Key was used for another request");
            problem(responses, "422", "The request names an unknown reference, or a rule of the domain refuses it;"
                    + " `rule` names the rule");
        }
        problem(responses, "503", "The database is momentarily unavailable; retry after the Retry-After seconds");
        // a success is never a problem, whatever media types the method can also produce for its errors
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null) {
                response.getContent().remove(PROBLEM_MEDIA_TYPE);
            }
        });
        operation.setResponses(responses);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM_MEDIA_TYPE, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /** RFC 9457 problem details, with CooperaFlow's members. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().description("The field or parameter"));
        fieldProblem.addProperty("message", new StringSchema().description("What is wrong with it"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem: what went wrong, in words");
        problem.addProperty("type", new StringSchema().format("uri-reference"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema().format("int32"));
        problem.addProperty("detail", new StringSchema().description("What is wrong, for the reader"));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("rule", new StringSchema().description("The domain's rule that refused the request"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem)
                .description("The fields or parameters that are invalid"));
        return problem;
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    private static String join(String first, String second) {
        return first == null || first.isBlank() ? second : first + "\n\n" + second;
    }
}
