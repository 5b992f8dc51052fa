package org.cooperaflow.app.api.offers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.cooperaflow.app.api.InvalidRequestException;
import org.cooperaflow.app.api.validation.MeasureCode;
import org.cooperaflow.app.api.validation.MemberStateCode;
import org.cooperaflow.app.api.validation.SdgNumber;
import org.cooperaflow.domain.offer.api.CooperationOfferDetails;
import org.cooperaflow.domain.offer.api.OfferCapacity;
import org.cooperaflow.domain.offer.api.OfferModality;
import org.cooperaflow.domain.offer.api.Offerer;
import org.cooperaflow.domain.offer.api.OffererType;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.PermanentObservers;
import org.hibernate.validator.constraints.UniqueElements;

/**
 * The body of {@code POST /api/offers}: who offers, what, aligned with which priority, SDGs and measures, how, in which
 * of the OAS's languages, for how many participants or experts, and when.
 */
public record CooperationOfferBody(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20_000) String description,
        @NotNull @Valid OffererBody offeredBy,
        @NotNull CidiPriority priority,
        @NotEmpty @Size(max = 17) @UniqueElements(message = "must not repeat an element")
        List<@NotNull @SdgNumber Integer> sdgs,
        @Size(max = 16) @UniqueElements(message = "must not repeat an element") List<@NotNull @MeasureCode String> measures,
        @NotNull OfferModality modality,
        @NotEmpty @Size(max = 4) @UniqueElements(message = "must not repeat an element")
        List<@NotNull @Pattern(regexp = "en|es|fr|pt", message = "is not an official language of the OAS (en, es, fr, pt)") String> languages,
        @NotNull @Valid CapacityBody capacity,
        @NotNull LocalDate availableFrom,
        @NotNull LocalDate availableTo) {

    /** A member state by {@code memberState}, a partner institution by {@code name} and its state, an observer by {@code country}. */
    public record OffererBody(@NotNull OffererType type, @MemberStateCode String memberState,
                              @Size(max = 2) String country, @Size(max = 300) String name) {

        /** The offerer, or a 400 naming the field its type needs (or does not use). */
        public Offerer toOfferer() {
            return switch (type) {
                case MEMBER_STATE -> {
                    required("offeredBy.memberState", memberState);
                    unused("offeredBy.country", country);
                    unused("offeredBy.name", name);
                    yield Offerer.ofMemberState(memberState);
                }
                case PARTNER_INSTITUTION -> {
                    required("offeredBy.memberState", memberState);
                    required("offeredBy.name", name);
                    unused("offeredBy.country", country);
                    yield Offerer.ofPartnerInstitution(memberState, name.strip());
                }
                case PERMANENT_OBSERVER -> {
                    required("offeredBy.country", country);
                    if (!PermanentObservers.isPermanentObserver(country)) {
                        throw new InvalidRequestException("offeredBy.country",
                                "'" + country + "' is not a permanent observer of the OAS");
                    }
                    unused("offeredBy.memberState", memberState);
                    unused("offeredBy.name", name);
                    yield Offerer.ofPermanentObserver(country);
                }
            };
        }

        private void required(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new InvalidRequestException(field, field + " is required for a " + type + " offerer");
            }
        }

        private void unused(String field, String value) {
            if (value != null) {
                throw new InvalidRequestException(field, field + " is not used for a " + type + " offerer");
            }
        }
    }

    /** How many participants or experts the offer takes, and of what kind. */
    public record CapacityBody(@NotNull @Positive @Max(100_000) Integer places, @Size(max = 500) String note) {
    }

    /** The details, or a 400 naming what is wrong: the offerer's fields, or a period that ends before it starts. */
    public CooperationOfferDetails toDetails() {
        if (!availableTo.isAfter(availableFrom)) {
            throw new InvalidRequestException("availableTo", "availableTo must be after availableFrom");
        }
        return new CooperationOfferDetails(title, description, offeredBy.toOfferer(), priority, sdgs, measures,
                modality, languages, new OfferCapacity(capacity.places(), capacity.note()), availableFrom,
                availableTo);
    }
}
