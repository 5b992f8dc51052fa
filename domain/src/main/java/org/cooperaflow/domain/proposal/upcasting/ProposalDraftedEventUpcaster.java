package org.cooperaflow.domain.proposal.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;

/**
 * Reads proposal details stored by the prototype (revision "0", or no revision) as revision "1".
 *
 * <p>The prototype stored amounts as bare USD decimals, {@code "requestedAmountUsd": "150000.00"}
 * and {@code "coFinancingUsd": "20000.00"}; revision 1 stores them as {@code Money},
 * {@code "requestedAmount": {"amount": 150000.00, "currency": "USD"}} (and {@code coFinancing}).
 * Applies to {@link ProposalDraftedEvent} and {@link ProposalDraftUpdatedEvent}, the two events
 * that carry the details. Register it on the event store (the application's Axon configuration)
 * for the JSON payloads of the Jackson serializer.
 */
public class ProposalDraftedEventUpcaster extends SingleEventUpcaster {

    static final String TARGET_REVISION = "1";
    private static final Set<String> TYPES = Set.of(
            ProposalDraftedEvent.class.getName(), ProposalDraftUpdatedEvent.class.getName());

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        String revision = representation.getType().getRevision();
        return TYPES.contains(representation.getType().getName()) && (revision == null || "0".equals(revision));
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(representation.getType().getName(), TARGET_REVISION),
                JsonNode.class,
                ProposalDraftedEventUpcaster::upcastPayload);
    }

    private static JsonNode upcastPayload(JsonNode payload) {
        JsonNode details = payload.get("details");
        if (details instanceof ObjectNode object) {
            moveToMoney(object, "requestedAmountUsd", "requestedAmount");
            moveToMoney(object, "coFinancingUsd", "coFinancing");
        }
        return payload;
    }

    private static void moveToMoney(ObjectNode details, String oldField, String newField) {
        JsonNode old = details.remove(oldField);
        if (old == null || old.isNull() || details.has(newField)) {
            return;
        }
        ObjectNode money = JsonNodeFactory.instance.objectNode();
        money.put("amount", new BigDecimal(old.asText()).toPlainString());
        money.put("currency", "USD");
        details.set(newField, money);
    }
}
