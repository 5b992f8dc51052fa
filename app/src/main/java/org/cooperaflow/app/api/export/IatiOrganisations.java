package org.cooperaflow.app.api.export;

import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.shared.MemberState;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.PermanentObservers;

/** The IATI name and OrganisationType of a contributor to the fund and of a member state's government. */
final class IatiOrganisations {

    private IatiOrganisations() {
    }

    static String name(Contributor c) {
        return switch (c.type()) {
            case MEMBER_STATE -> "Government of " + stateName(c.memberState());
            case PERMANENT_OBSERVER -> "Government of " + PermanentObservers.all().getOrDefault(c.country(), c.country());
            default -> c.name() == null ? c.type().name() : c.name();
        };
    }

    /** 10 government, 70 private sector, 60 foundation, 40 multilateral for a development finance institution. */
    static String type(Contributor c) {
        return switch (c.type()) {
            case MEMBER_STATE, PERMANENT_OBSERVER -> "10";
            case PRIVATE_SECTOR -> "70";
            case PHILANTHROPIC -> "60";
            case DFI -> "40";
        };
    }

    static String stateName(String code) {
        return MemberStates.find(code).map(MemberState::nameEn).orElse(code);
    }
}
