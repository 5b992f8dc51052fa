package org.cooperaflow.domain.access;

import java.util.EnumSet;
import java.util.Set;

/** What a role lets its holder do beyond a single case, and who holds it. */
public enum Capability {
    /** The stage and funding dashboards and the alignment report. */
    READ_DASHBOARDS(Role.MANAGER, Role.ADMIN),
    /** Every case's decision history and the integrity check of the event store. */
    READ_AUDIT(Role.AUDITOR, Role.ADMIN),
    /** Contributions with their receipts and allocations. */
    READ_FUNDS(Role.FUND_MANAGER, Role.MANAGER, Role.AUDITOR, Role.ADMIN),
    /** Open thematic accounts, record pledges and receipts. */
    MANAGE_FUNDS(Role.FUND_MANAGER),
    /** Rebuild read models and other operations. */
    OPERATE(Role.ADMIN);

    private final Set<Role> holders;

    Capability(Role first, Role... others) {
        this.holders = EnumSet.of(first, others);
    }

    /** The roles that carry it. */
    public Set<Role> holders() {
        return holders;
    }
}
