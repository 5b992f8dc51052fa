package org.cooperaflow.projections.proposals;

import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.projections.batch.KeyedRows;
import org.cooperaflow.projections.batch.ValueSets;

/**
 * A proposal's details as the read models that filter or sum by them keep them (the proposal list, the stage
 * dashboard, the alignment figures): one way to write each column, so that a read model cannot drift from another.
 */
public final class ProposalDetailColumns {

    private ProposalDetailColumns() {
    }

    /** {@code priority} (the CIDI priority's name) and {@code account_id}. */
    public static KeyedRows.Row priorityAndAccount(KeyedRows.Row row, ProposalDetails details) {
        return row.set("priority", details.priority() == null ? null : details.priority().name())
                .set("account_id", details.accountId());
    }

    /** {@code requested_amount} and {@code requested_currency}. */
    public static KeyedRows.Row requestedAmount(KeyedRows.Row row, ProposalDetails details) {
        Money requested = details.requestedAmount();
        return row.set("requested_amount", requested == null ? null : requested.amount())
                .set("requested_currency", requested == null ? null : requested.currency());
    }

    /** The action-plan measures and the SDGs, each a set of values next to the row. */
    public static void measuresAndSdgs(KeyedRows.Row row, ProposalDetails details, ValueSets measures, ValueSets sdgs) {
        measures.replace(row, details.measures());
        sdgs.replace(row, details.sdgs());
    }
}
