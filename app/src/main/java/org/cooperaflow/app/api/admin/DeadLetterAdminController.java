package org.cooperaflow.app.api.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.CurrentUser;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.docs.CalledBy;
import org.cooperaflow.app.deadletters.DeadLetterConfiguration;
import org.cooperaflow.app.deadletters.ReadModelHealth;
import org.cooperaflow.domain.access.Capability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read models' dead letters (ADR 0021), for operators: which cases each read model has parked and why, a retry
 * once the cause is mended (each parked case's events run again, in order; a case that fails again stays parked with
 * its new cause), and the eviction of a case's letters, with a reason, when its events are to be given up.
 */
@Tag(name = "Operations")
@RestController
@RequestMapping("/api/admin/dead-letters")
public class DeadLetterAdminController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterAdminController.class);

    private final EventProcessingConfiguration eventProcessing;
    private final CaseAccess access;
    private final ReadModelHealth health;

    public DeadLetterAdminController(EventProcessingConfiguration eventProcessing, CaseAccess access,
                                     ReadModelHealth health) {
        this.eventProcessing = eventProcessing;
        this.access = access;
        this.health = health;
    }

    public record ProcessorLetters(String processor, long cases, long letters) {
    }

    public record Letter(String eventIdentifier, String eventType, Long caseSequenceNumber, Instant eventTime,
                         Instant enqueuedAt, Instant lastTouched, String causeType, String causeMessage) {
    }

    public record ParkedCase(String caseId, List<Letter> letters) {
    }

    public record ProcessorCases(String processor, long cases, long letters, List<ParkedCase> items) {
    }

    public record Retried(String processor, int casesRetried, long casesLeft, long lettersLeft) {
    }

    public record EvictBody(@NotBlank(message = "evicting dead letters needs a reason")
                            @Size(max = 2_000) String reason) {
    }

    public record Evicted(String processor, String caseId, int lettersEvicted, String reason) {
    }

    @Operation(summary = "Count the dead letters of each read model")
    @CalledBy(capabilities = Capability.OPERATE)
    @GetMapping
    public List<ProcessorLetters> overview() {
        access.require(Capability.OPERATE, "read the dead letters");
        return DeadLetterConfiguration.READ_MODELS.stream()
                .map(name -> new ProcessorLetters(name, queue(name).amountOfSequences(), queue(name).size()))
                .toList();
    }

    /** The processor's parked cases, {@code size} at most, each with its letters in order. */
    @Operation(summary = "List a read model's parked cases and their letters")
    @CalledBy(capabilities = Capability.OPERATE)
    @GetMapping("/{processor}")
    public ProcessorCases cases(@PathVariable String processor,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        access.require(Capability.OPERATE, "read the dead letters");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        List<ParkedCase> items = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (items.size() == size) {
                break;
            }
            List<Letter> letters = new ArrayList<>();
            String caseId = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                EventMessage<?> message = letter.message();
                Long sequenceNumber = null;
                if (message instanceof DomainEventMessage<?> domain) {
                    caseId = domain.getAggregateIdentifier();
                    sequenceNumber = domain.getSequenceNumber();
                }
                letters.add(new Letter(message.getIdentifier(), message.getPayloadType().getSimpleName(),
                        sequenceNumber, message.getTimestamp(), letter.enqueuedAt(), letter.lastTouched(),
                        letter.cause().map(c -> c.type()).orElse(null),
                        letter.cause().map(c -> c.message()).orElse(null)));
            }
            items.add(new ParkedCase(caseId, letters));
        }
        return new ProcessorCases(processor, queue.amountOfSequences(), queue.size(), items);
    }

    /** Runs each parked case's letters again, once, in order; what fails again stays parked. */
    @Operation(summary = "Retry a read model's dead letters")
    @CalledBy(capabilities = Capability.OPERATE)
    @PostMapping("/{processor}/retry")
    public Retried retry(@PathVariable String processor) {
        access.require(Capability.OPERATE, "retry dead letters");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = eventProcessing
                .sequencedDeadLetterProcessor(processor).orElseThrow(() -> unknown(processor));
        long parked = queue.amountOfSequences();
        int retried = 0;
        // each call takes one case not claimed by another retry; a case that fails again is touched, and the
        // queue offers the least recently touched first, so the loop ends after every case was tried once
        while (retried < parked && letters.processAny()) {
            retried++;
        }
        health.refresh();
        log.info("{} retried the dead letters of {}: {} of {} cases tried", CurrentUser.get().username(), processor,
                retried, parked);
        return new Retried(processor, retried, queue.amountOfSequences(), queue.size());
    }

    /** Gives up a case's parked events in this read model; the reason and the operator go to the log. */
    @Operation(summary = "Evict a case's dead letters, with a reason")
    @CalledBy(capabilities = Capability.OPERATE)
    @PostMapping("/{processor}/{caseId}/evict")
    public Evicted evict(@PathVariable String processor, @PathVariable String caseId,
                         @Valid @RequestBody EvictBody body) {
        access.require(Capability.OPERATE, "evict dead letters");
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processor);
        if (!queue.contains(caseId)) {
            throw new NotFoundException("read model " + processor + " has no dead letters of case " + caseId);
        }
        int evicted = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(caseId)) {
            queue.evict(letter);
            evicted++;
        }
        health.refresh();
        log.warn("{} evicted {} dead letters of case {} from read model {}: {}", CurrentUser.get().username(),
                evicted, caseId, processor, body.reason());
        return new Evicted(processor, caseId, evicted, body.reason());
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return eventProcessing.deadLetterQueue(processor).orElseThrow(() -> unknown(processor));
    }

    private static NotFoundException unknown(String processor) {
        return new NotFoundException("no read model " + processor + " with dead letters; the read models are "
                + String.join(", ", DeadLetterConfiguration.READ_MODELS));
    }
}
