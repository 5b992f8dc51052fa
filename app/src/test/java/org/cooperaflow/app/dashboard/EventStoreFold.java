package org.cooperaflow.app.dashboard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventMessage;
import org.cooperaflow.domain.fund.api.ContributionAllocatedEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgeCancelledEvent;
import org.cooperaflow.domain.fund.api.ContributionPledgedEvent;
import org.cooperaflow.domain.fund.api.ContributionReceivedEvent;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.FundsAllocatedToProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalApprovedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.proposal.api.ProposalDraftUpdatedEvent;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.proposal.api.ProposalFundedEvent;
import org.cooperaflow.domain.proposal.api.ProposalStage;
import org.cooperaflow.domain.shared.Money;

/**
 * The dashboards' figures recomputed by a plain fold over every stored event, in Java, with no
 * SQL: the oracle the dashboard IT compares the read models with.
 */
final class EventStoreFold {

    /** A stay: stage, entered, left (null while it goes on). */
    record Stay(ProposalStage stage, Instant entered, Instant left) {
    }

    static final class Proposal {
        ProposalDetails details;
        final List<Stay> stays = new ArrayList<>();
        BigDecimal approved;
        BigDecimal allocated = new BigDecimal("0.00");
        boolean funded;

        ProposalStage stage() {
            return stays.get(stays.size() - 1).stage();
        }
    }

    static final class Contribution {
        String type;
        String account;
        Money pledged;
        BigDecimal pledgedUsd;
        BigDecimal received = new BigDecimal("0.00");
        BigDecimal allocated = new BigDecimal("0.00");
        boolean cancelled;
    }

    final Map<String, Proposal> proposals = new LinkedHashMap<>();
    final Map<String, Contribution> contributions = new LinkedHashMap<>();

    static EventStoreFold of(Stream<? extends EventMessage<?>> events) {
        EventStoreFold fold = new EventStoreFold();
        events.forEach(fold::apply);
        return fold;
    }

    private void apply(EventMessage<?> message) {
        Object payload = message.getPayload();
        Instant at = message.getTimestamp();
        if (payload instanceof ProposalEvent event) {
            Proposal p = proposals.computeIfAbsent(event.proposalId(), k -> new Proposal());
            if (event instanceof ProposalDraftedEvent drafted) {
                p.details = drafted.details();
            } else if (event instanceof ProposalDraftUpdatedEvent updated) {
                p.details = updated.details();
            } else if (event instanceof ProposalApprovedEvent approved) {
                p.approved = approved.approvedAmount().amount();
            } else if (event instanceof FundsAllocatedToProposalEvent allocated) {
                p.allocated = allocated.totalAllocated().amount();
            } else if (event instanceof ProposalFundedEvent) {
                p.funded = true;
            }
            ProposalStageTransitions.stageAfter(event).ifPresent(stage -> {
                if (!p.stays.isEmpty()) {
                    Stay last = p.stays.remove(p.stays.size() - 1);
                    p.stays.add(new Stay(last.stage(), last.entered(), at));
                }
                p.stays.add(new Stay(stage, at, null));
            });
        } else if (payload instanceof ContributionPledgedEvent pledged) {
            Contribution c = new Contribution();
            c.type = pledged.contributor().type().name();
            c.account = pledged.accountId();
            c.pledged = pledged.pledged();
            c.pledgedUsd = Money.USD.equals(c.pledged.currency()) ? c.pledged.amount() : null;
            contributions.put(pledged.contributionId(), c);
        } else if (payload instanceof ContributionReceivedEvent received) {
            Contribution c = contributions.get(received.contributionId());
            c.received = received.totalReceivedUsd().amount();
            if (received.usdRate() != null && !Money.USD.equals(received.amount().currency())
                    && c.pledged.currency().equals(received.amount().currency())) {
                c.pledgedUsd = c.pledged.toUsd(received.usdRate()).amount();
            }
        } else if (payload instanceof ContributionAllocatedEvent allocated) {
            contributions.get(allocated.contributionId()).allocated = allocated.totalAllocatedUsd().amount();
        } else if (payload instanceof ContributionPledgeCancelledEvent cancelled) {
            contributions.get(cancelled.contributionId()).cancelled = true;
        }
    }

    // ---- stages -------------------------------------------------------------------------

    /** Filter: memberState, measure, sdg, account, priority (null = any). */
    record Filter(String memberState, String measure, Integer sdg, String account, String priority) {
        boolean test(Proposal p) {
            ProposalDetails d = p.details;
            return p.stage() != ProposalStage.DRAFT
                    && (memberState == null || memberState.equals(d.proposer().memberState()))
                    && (measure == null || d.measures().contains(measure))
                    && (sdg == null || d.sdgs().contains(sdg))
                    && (account == null || account.equals(d.accountId()))
                    && (priority == null || (d.priority() != null && priority.equals(d.priority().name())));
        }
    }

    List<Proposal> selected(Filter filter) {
        return proposals.values().stream().filter(p -> p.details != null && !p.stays.isEmpty())
                .filter(filter::test).toList();
    }

    Map<String, Long> counts(Filter filter) {
        Map<String, Long> counts = new TreeMap<>();
        for (Proposal p : selected(filter)) {
            counts.merge(p.stage().name(), 1L, Long::sum);
        }
        return counts;
    }

    /** Seconds of each stay (not in DRAFT), by stage, ongoing or completed. */
    Map<String, List<Double>> staySeconds(Filter filter, Instant at, boolean ongoing) {
        Map<String, List<Double>> seconds = new TreeMap<>();
        for (Proposal p : selected(filter)) {
            for (Stay s : p.stays) {
                if (s.stage() == ProposalStage.DRAFT || (s.left() == null) != ongoing) {
                    continue;
                }
                Instant end = s.left() == null ? at : s.left();
                double secs = Duration.between(s.entered(), end).toNanos() / 1e9;
                seconds.computeIfAbsent(s.stage().name(), k -> new ArrayList<>()).add(secs);
            }
        }
        return seconds;
    }

    /** PostgreSQL's percentile_cont: linear interpolation between the sorted values. */
    static double percentile(List<Double> values, double fraction) {
        List<Double> sorted = values.stream().sorted().toList();
        double position = fraction * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    long overdue(Filter filter, ProposalStage stage, Instant cutoff) {
        return selected(filter).stream().filter(p -> p.stage() == stage)
                .filter(p -> p.stays.get(p.stays.size() - 1).entered().isBefore(cutoff)).count();
    }

    /** "from>to" -> {entered from, entered to later}. */
    Map<String, long[]> conversions(Filter filter) {
        Map<String, Long> entered = new HashMap<>();
        Map<String, Long> converted = new TreeMap<>();
        for (Proposal p : selected(filter)) {
            p.stays.stream().map(Stay::stage).filter(s -> s != ProposalStage.DRAFT).distinct()
                    .forEach(s -> entered.merge(s.name(), 1L, Long::sum));
            java.util.Set<String> pairs = new java.util.HashSet<>();
            for (int i = 0; i < p.stays.size(); i++) {
                ProposalStage a = p.stays.get(i).stage();
                if (a == ProposalStage.DRAFT) {
                    continue;
                }
                for (int j = i + 1; j < p.stays.size(); j++) {
                    ProposalStage b = p.stays.get(j).stage();
                    if (b != a) {
                        pairs.add(a.name() + ">" + b.name());
                    }
                }
            }
            pairs.forEach(pair -> converted.merge(pair, 1L, Long::sum));
        }
        Map<String, long[]> result = new TreeMap<>();
        converted.forEach((pair, n) -> result.put(pair, new long[] {entered.get(pair.split(">")[0]), n}));
        return result;
    }

    // ---- funding ------------------------------------------------------------------------

    /** pledged, received, allocated, available, gap, contributions, withoutUsd, awaiting; keyed by account ("" unearmarked) or type. */
    Map<String, List<String>> funding(boolean byAccount) {
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (Contribution c : contributions.values()) {
            if (c.cancelled) {
                continue;
            }
            String key = byAccount ? Objects.requireNonNullElse(c.account, "") : c.type;
            BigDecimal[] s = sums.computeIfAbsent(key, k -> zeros());
            long[] n = counts.computeIfAbsent(key, k -> new long[3]);
            if (c.pledgedUsd != null) {
                s[0] = s[0].add(c.pledgedUsd);
            } else {
                n[1]++;
            }
            s[1] = s[1].add(c.received);
            s[2] = s[2].add(c.allocated);
            n[0]++;
        }
        if (byAccount) {
            for (Proposal p : proposals.values()) {
                if (p.approved == null || p.funded) {
                    continue;
                }
                String key = Objects.requireNonNullElse(p.details.accountId(), "");
                sums.computeIfAbsent(key, k -> zeros())[3] = sums.get(key)[3].add(p.approved.subtract(p.allocated));
                counts.computeIfAbsent(key, k -> new long[3])[2]++;
            }
        }
        Map<String, List<String>> result = new TreeMap<>();
        sums.forEach((key, s) -> {
            long[] n = counts.getOrDefault(key, new long[3]);
            result.put(key, List.of(s[0].toPlainString(), s[1].toPlainString(), s[2].toPlainString(),
                    s[1].subtract(s[2]).toPlainString(), s[3].toPlainString(), String.valueOf(n[0]),
                    String.valueOf(n[1]), String.valueOf(n[2])));
        });
        return result;
    }

    private static BigDecimal[] zeros() {
        BigDecimal zero = new BigDecimal("0.00");
        return new BigDecimal[] {zero, zero, zero, zero};
    }
}
