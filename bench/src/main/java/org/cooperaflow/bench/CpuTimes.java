package org.cooperaflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CPU time a process and all its descendants have used so far, the ended ones included, from Linux's
 * {@code /proc}: on a shared machine whose speed drifts, the work a run cost tells two runs apart better than the
 * time it took.
 */
final class CpuTimes {

    /** Linux's clock ticks per second ({@code getconf CLK_TCK}), 100 on every usual kernel. */
    private static final double TICKS_PER_SECOND = 100;

    private CpuTimes() {
    }

    /**
     * Seconds of CPU (user and system) used by the process, its children that ended and were waited for, and its
     * living descendants; 0 where there is no {@code /proc} (not Linux).
     */
    static double seconds(ProcessHandle process) {
        double seconds = ownAndEndedChildren(process.pid());
        for (ProcessHandle child : process.children().toList()) {
            seconds += seconds(child);
        }
        return seconds;
    }

    /** The PostgreSQL server listening on this port (its postmaster), if this machine runs it. */
    static Optional<ProcessHandle> postgresOnPort(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(args -> {
                    for (int i = 0; i + 1 < args.length; i++) {
                        if (args[i].equals("-p") && args[i + 1].equals(Integer.toString(port))) {
                            return true;
                        }
                    }
                    return false;
                }).orElse(false))
                .findFirst();
    }

    private static double ownAndEndedChildren(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the fields after the command (which may hold spaces), from the third: state, ppid, ...
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime, stime, cutime, cstime are the 14th to 17th fields of the line, so 11th to 14th here
            long ticks = 0;
            for (int i = 11; i <= 14; i++) {
                ticks += Long.parseLong(fields[i]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile, or no /proc
        }
    }
}
