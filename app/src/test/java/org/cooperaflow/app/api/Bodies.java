package org.cooperaflow.app.api;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooperaflow.app.support.ApiClient;

/** Valid request bodies of the API as DESIGN.md shows them, and copies with one field changed. */
public final class Bodies {

    private Bodies() {
    }

    public static Map<String, Object> account(String name) {
        return Map.of("name", name, "priorities", List.of("EDUCATION"),
                "projectCeiling", Map.of("amount", "250000.00", "currency", "USD"));
    }

    public static Map<String, Object> cooperationRequest(String memberState, String title) {
        return Map.of("memberState", memberState, "title", title,
                "description", "Teachers in rural parishes lack digital skills.", "priority", "EDUCATION",
                "sdgs", List.of(4), "nationalPlanReference", "Vision 2030 Jamaica", "modality", "SOUTH_SOUTH",
                "estimatedBudget", Map.of("amount", "100000.00", "currency", "USD"));
    }

    /** Colombia offers teacher training: education, SDGs 4 and 9, measure 2.4, South-South, in English and Spanish. */
    public static Map<String, Object> offer(String memberState, String title) {
        return Map.ofEntries(Map.entry("title", title),
                Map.entry("description", "Our ministry trains primary school teachers in digital skills."),
                Map.entry("offeredBy", Map.of("type", "MEMBER_STATE", "memberState", memberState)),
                Map.entry("priority", "EDUCATION"), Map.entry("sdgs", List.of(4, 9)),
                Map.entry("measures", List.of("2.4")), Map.entry("modality", "SOUTH_SOUTH"),
                Map.entry("languages", List.of("en", "es")),
                Map.entry("capacity", Map.of("places", 40, "note", "teacher trainers")),
                Map.entry("availableFrom", "2027-01-01"), Map.entry("availableTo", "2027-12-31"));
    }

    public static Map<String, Object> contribution(Map<String, Object> contributor, String accountId, String amount,
                                                   String currency) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("contributor", contributor, "modality", "MULTILATERAL",
                "kind", "CASH", "pledged", Map.of("amount", amount, "currency", currency)));
        if (accountId != null) {
            body.put("accountId", accountId);
        }
        return body;
    }

    public static Map<String, Object> receipt(String amount, String currency, String receivedOn, String usdRate) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("amount", Map.of("amount", amount, "currency", currency),
                "receivedOn", receivedOn));
        if (usdRate != null) {
            body.put("usdRate", usdRate);
        }
        return body;
    }

    /** A deep copy of the body with the value at a dotted path replaced (or removed when value is null). */
    public static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        Map<String, Object> copy = ApiClient.mapper().convertValue(body, new TypeReference<LinkedHashMap<String, Object>>() {
        });
        String[] parts = path.split("\\.");
        Map<String, Object> node = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> child = (Map<String, Object>) node.get(parts[i]);
            node = child;
        }
        if (value == null) {
            node.remove(parts[parts.length - 1]);
        } else {
            node.put(parts[parts.length - 1], value);
        }
        return copy;
    }

    public static Map<String, Object> without(Map<String, Object> body, String path) {
        return with(body, path, null);
    }
}
