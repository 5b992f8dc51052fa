package org.cooperaflow.app.api.contributions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cooperaflow.app.api.InvalidRequestException;
import org.cooperaflow.app.api.MoneyBody;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.domain.fund.api.ContributionKind;
import org.cooperaflow.domain.fund.api.Contributor;
import org.cooperaflow.domain.fund.api.ContributorType;
import org.cooperaflow.domain.fund.api.PledgeContributionCommand;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.PermanentObservers;

/**
 * The body of {@code POST /api/contributions}: who pledges, for which thematic account
 * ({@code accountId} absent: unearmarked), how, and how much in any ISO 4217 currency.
 */
public record ContributionBody(
        @NotNull @Valid ContributorBody contributor,
        @Size(max = 64) String accountId,
        @NotNull Modality modality,
        @NotNull ContributionKind kind,
        @NotNull @Valid MoneyBody pledged) {

    /**
     * A member state by {@code memberState}, a permanent observer by {@code country}, a company,
     * philanthropic organisation or development finance institution by {@code name}.
     */
    public record ContributorBody(@NotNull ContributorType type, @MemberStateCode String memberState,
                                  @Size(max = 2) String country, @Size(max = 300) String name) {

        /** The contributor, or a 400 naming the field its type needs (or does not use). */
        public Contributor toContributor() {
            return switch (type) {
                case MEMBER_STATE -> {
                    required("contributor.memberState", memberState);
                    unused("contributor.country", country);
                    unused("contributor.name", name);
                    yield Contributor.ofMemberState(memberState);
                }
                case PERMANENT_OBSERVER -> {
                    required("contributor.country", country);
                    if (!PermanentObservers.isPermanentObserver(country)) {
                        throw new InvalidRequestException("contributor.country",
                                "'" + country + "' is not a permanent observer of the OAS");
                    }
                    unused("contributor.memberState", memberState);
                    unused("contributor.name", name);
                    yield Contributor.ofPermanentObserver(country);
                }
                case PRIVATE_SECTOR, PHILANTHROPIC, DFI -> {
                    required("contributor.name", name);
                    unused("contributor.memberState", memberState);
                    unused("contributor.country", country);
                    yield Contributor.ofOrganisation(type, name.strip());
                }
            };
        }

        private void required(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidRequestException(field, field + " is required for a " + type + " contributor");
            }
        }

        private void unused(String field, String value) {
            if (value != null) {
                throw new InvalidRequestException(field, field + " is not used for a " + type + " contributor");
            }
        }
    }

    public PledgeContributionCommand toCommand(String contributionId) {
        return new PledgeContributionCommand(contributionId, contributor.toContributor(), accountId, modality, kind,
                pledged.toMoney());
    }
}
