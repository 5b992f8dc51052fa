package org.cooperaflow.app.api.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.app.api.validation.SdgNumber;
import org.cooperaflow.domain.request.api.CooperationRequestDetails;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * The body of {@code POST /api/cooperation-requests}. A draft needs only its state and title;
 * submitting it needs the rest (the aggregate names what is missing).
 */
public record CooperationRequestBody(
        @NotNull @MemberStateCode String memberState,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20_000) String description,
        CidiPriority priority,
        @Size(max = 17) @UniqueElements(message = "must not repeat an element") List<@NotNull @SdgNumber Integer> sdgs,
        @Size(max = 500) String nationalPlanReference,
        Modality modality,
        @Valid MoneyBody estimatedBudget) {

    public CooperationRequestDetails toDetails() {
        return new CooperationRequestDetails(memberState, title, description, priority, sdgs, nationalPlanReference,
                modality, estimatedBudget == null ? null : estimatedBudget.toMoney());
    }
}
