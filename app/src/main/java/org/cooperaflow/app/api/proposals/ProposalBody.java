package org.cooperaflow.app.api.proposals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.app.api.validation.MeasureCode;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.app.api.validation.SdgNumber;
import org.cooperaflow.domain.proposal.api.Indicator;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.Proposer;
import org.cooperaflow.domain.proposal.api.ProposerType;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Modality;
import org.hibernate.validator.constraints.UniqueElements;

/** The body of {@code POST /api/proposals} and {@code PUT /api/proposals/{id}}. */
public record ProposalBody(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20_000) String summary,
        @NotNull @Valid ProposerBody proposer,
        @NotNull @Size(max = 30) List<@NotNull @Valid PartnerBody> partners,
        @NotNull Modality modality,
        @NotNull @Size(max = 16) @UniqueElements(message = "must not repeat an element") List<@NotNull @MeasureCode String> measures,
        @NotNull @Size(max = 17) @UniqueElements(message = "must not repeat an element") List<@NotNull @SdgNumber Integer> sdgs,
        @NotNull CidiPriority priority,
        @NotNull @Valid MoneyBody requestedAmount,
        @Valid MoneyBody coFinancing,
        @NotNull @Min(1) @Max(120) Integer durationMonths,
        @Size(max = 64) String accountId,
        @Size(max = 50) @UniqueElements(message = "must not repeat an element") List<@NotBlank @Size(max = 64) String> cooperationRequestIds,
        @Size(max = 50) List<@NotNull @Valid IndicatorBody> indicators) {

    /** Who proposes: a member state, or a partner institution (named) of a member state. */
    public record ProposerBody(@NotNull ProposerType type, @NotNull @MemberStateCode String memberState,
                               @Size(max = 300) String name) {
    }

    /** A partner state and its role. */
    public record PartnerBody(@NotNull @MemberStateCode String memberState, @NotNull PartnerRole role) {
    }

    /** A result indicator with baseline and target. */
    public record IndicatorBody(@NotBlank @Size(max = 300) String name, @Size(max = 60) String unit,
                                @Digits(integer = 15, fraction = 6, message = DIGITS) BigDecimal baseline,
                                @Digits(integer = 15, fraction = 6, message = DIGITS) BigDecimal target) {

        static final String DIGITS = "must have at most 15 digits before the decimal point and 6 after it";
    }

    public ProposalDetails toDetails() {
        return new ProposalDetails(title, summary,
                new Proposer(proposer.type(), proposer.memberState(), proposer.name()),
                partners.stream().map(p -> new Partner(p.memberState(), p.role())).toList(),
                modality, measures, sdgs, priority,
                requestedAmount.toMoney(), coFinancing == null ? null : coFinancing.toMoney(),
                durationMonths, accountId, cooperationRequestIds,
                indicators == null ? List.of()
                        : indicators.stream().map(i -> new Indicator(i.name(), i.unit(), i.baseline(), i.target())).toList());
    }
}
